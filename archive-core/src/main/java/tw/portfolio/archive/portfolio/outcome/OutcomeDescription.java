package tw.portfolio.archive.portfolio.outcome;

import tw.portfolio.archive.error.InvalidInputException;

/**
 * An outcome's description (簡述): required, at most {@code max} characters counted as Unicode
 * code points, so a rare CJK character outside the BMP counts once (national rule: 100).
 *
 * @param value the stripped text
 */
public record OutcomeDescription(String value) {

    public static OutcomeDescription of(String raw, int max) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            throw InvalidInputException.field("description", "is required");
        }
        int length = v.codePointCount(0, v.length());
        if (length > max) {
            throw InvalidInputException.field("description", "has " + length + " characters; at most " + max + " are allowed");
        }
        return new OutcomeDescription(v);
    }
}
