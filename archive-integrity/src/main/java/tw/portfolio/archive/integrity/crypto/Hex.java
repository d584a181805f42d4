package tw.portfolio.archive.integrity.crypto;

import java.util.HexFormat;
import tw.portfolio.archive.error.InvalidInputException;

/** Lowercase hexadecimal, the form digests take when they name a file. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {
    }

    /** Encodes bytes as lowercase hex. */
    public static String encode(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /**
     * Decodes hex (either case); throws {@link InvalidInputException} naming {@code field} when the
     * text is not an even number of hex digits.
     */
    public static byte[] decode(String field, String hex) {
        if (hex == null || hex.length() % 2 != 0 || !hex.chars().allMatch(Hex::isHexDigit)) {
            throw InvalidInputException.field(field, "must be an even number of hexadecimal digits");
        }
        return LOWER.parseHex(hex);
    }

    /** True for a SHA-256 digest written as 64 lowercase hex digits. */
    public static boolean isSha256Hex(String hex) {
        return hex != null && hex.length() == 64
                && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
