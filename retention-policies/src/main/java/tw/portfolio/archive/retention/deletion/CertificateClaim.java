package tw.portfolio.archive.retention.deletion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * The code with which a former student fetches the destruction certificate of their own deletion
 * request after the erasure removed their account: 128 random bits, shown once when they file the
 * request as eight groups of four hex digits ({@code 3f9a-…}); the archive keeps only its SHA-256.
 * Dashes, spaces and letter case do not matter when it is typed back.
 */
public record CertificateClaim(String code, String sha256) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new code. */
    public static CertificateClaim issue() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String hex = HexFormat.of().formatHex(bits);
        StringBuilder code = new StringBuilder(39);
        for (int i = 0; i < hex.length(); i += 4) {
            code.append(i == 0 ? "" : "-").append(hex, i, i + 4);
        }
        return new CertificateClaim(code.toString(), digest(hex));
    }

    /** True when {@code typed} is the code whose SHA-256 is {@code storedSha256} (constant time). */
    public static boolean matches(String typed, String storedSha256) {
        if (typed == null || storedSha256 == null) {
            return false;
        }
        String hex = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{32}")) {
            return false;
        }
        return MessageDigest.isEqual(digest(hex).getBytes(StandardCharsets.US_ASCII),
                storedSha256.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String hex) {
        return Sha256.hexOf(hex.getBytes(StandardCharsets.US_ASCII));
    }
}
