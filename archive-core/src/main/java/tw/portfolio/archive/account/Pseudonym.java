package tw.portfolio.archive.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.integrity.crypto.Sha256;

/**
 * A stable stand-in for a username in the event log: 16 hex digits. Staff accounts use the plain
 * form ({@link #of}, SHA-256), which anyone can recompute from a username; a student's or alumnus'
 * account uses the keyed form ({@link #keyed}, HMAC-SHA256 under a random key of that student, see
 * {@link PseudonymKeys}), which nobody can recompute once erasure destroyed the key.
 */
public final class Pseudonym {
    private Pseudonym() {
    }

    /** The first 16 hex digits of the SHA-256 of {@code username}. */
    public static String of(String username) {
        return Hex.encode(Sha256.of(username.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** The first 16 hex digits of HMAC-SHA256 of {@code text} under {@code key}. */
    public static String keyed(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Hex.encode(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
