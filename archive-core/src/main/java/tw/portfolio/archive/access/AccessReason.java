package tw.portfolio.archive.access;

import java.nio.charset.StandardCharsets;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * The reason an auditor states for reading sealed content: at least {@code minLength} characters
 * after trimming. The reason itself goes to the audit trail only; the event log gets
 * {@link #sha256Hex()}, so the log holds nothing anyone wrote in free text.
 */
public record AccessReason(String text) {

    /** Checks the raw query value; a missing, blank or short one is refused with a 403 saying a reason is needed. */
    public static AccessReason of(String raw, int minLength) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new AccessReasonRequiredException("A reason is needed to read sealed records: give ?reason= with at least "
                    + minLength + " characters saying why");
        }
        if (text.codePointCount(0, text.length()) < minLength) {
            throw new AccessReasonRequiredException("The reason must be at least " + minLength
                    + " characters: say why the sealed records are read");
        }
        if (text.length() > MAX_LENGTH) {
            throw new AccessReasonRequiredException("The reason may be at most " + MAX_LENGTH + " characters");
        }
        return new AccessReason(text);
    }

    /** Longest reason kept (an audit-trail detail, not a document). */
    public static final int MAX_LENGTH = 1000;

    /** Lowercase hex SHA-256 of the reason's UTF-8 bytes: what the event log holds instead of the text. */
    public String sha256Hex() {
        return Sha256.hexOf(text.getBytes(StandardCharsets.UTF_8));
    }
}
