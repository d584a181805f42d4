package tw.portfolio.archive.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}
 * ({@code algorithm:iterations:salt:hash}, base64), with 210,000 iterations (OWASP's figure for
 * SHA-512), a 32-byte salt and a 64-byte key.
 */
public final class PasswordHasher {
    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A valid hash of a random password, to spend the same time on unknown usernames. */
    private static final String DECOY = new PasswordHasher().hash("decoy-" + RANDOM.nextLong());

    /**
     * Stored for an account that has no password yet (a student loaded by an import): no password
     * matches it, and checking one takes as long as a wrong password.
     */
    public static final String NO_PASSWORD = "!no-password";

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password.toCharArray(), salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Constant-time check of {@code password} against a stored hash; false for malformed hashes. */
    public boolean verify(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            // an account without a password yet (NO_PASSWORD) answers as slowly as a wrong password
            return verifyDecoy(password);
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), salt, iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time of one verification against a hash no password matches, for unknown usernames
     * and refused attempts, so their answers take as long as a wrong password's.
     *
     * @return false, always
     */
    public boolean verifyDecoy(String password) {
        verify(password, DECOY);
        return false;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        }
    }
}
