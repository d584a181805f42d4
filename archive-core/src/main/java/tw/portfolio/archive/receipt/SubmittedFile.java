package tw.portfolio.archive.receipt;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * One file of a submitted item as the archive holds it: the name the student gave it, its media
 * type, size and SHA-256 (lowercase hex), and where to read its bytes. The filename is kept only
 * as a label; {@link SubmissionPackager} never uses it as a path.
 */
public record SubmittedFile(String filename, String mediaType, long size, String sha256, FileContent content) {
    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-f]{64}$");
    private static final int MAX_FILENAME = 255;

    public SubmittedFile {
        if (filename == null || filename.isBlank()) {
            throw InvalidInputException.field("files.filename", "is required");
        }
        if (filename.length() > MAX_FILENAME) {
            throw InvalidInputException.field("files.filename", "must be at most " + MAX_FILENAME + " characters");
        }
        if (mediaType == null || mediaType.isBlank()) {
            throw InvalidInputException.field("files.mediaType", "is required");
        }
        if (size < 0) {
            throw InvalidInputException.field("files.size", "must not be negative");
        }
        sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(sha256).matches()) {
            throw InvalidInputException.field("files.sha256", "must be 64 hexadecimal characters");
        }
        Objects.requireNonNull(content, "content");
    }

    /** Validating factory. */
    public static SubmittedFile of(String filename, String mediaType, long size, String sha256, FileContent content) {
        return new SubmittedFile(filename, mediaType, size, sha256, content);
    }
}
