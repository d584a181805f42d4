package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    /** algorithm:iterations:base64(32-byte salt):base64(64-byte key), as Jakarta's Pbkdf2PasswordHash writes it. */
    private static final Pattern FORMAT =
            Pattern.compile("^PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{86}==$");

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        stored = HASHER.hash("correct horse battery staple");
    }

    @Test
    void theRightPasswordVerifies() {
        assertTrue(HASHER.verify("correct horse battery staple", stored));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        assertFalse(HASHER.verify("correct horse battery stapler", stored));
    }

    @Test
    void hashesArePbkdf2Sha512With210000IterationsA32ByteSaltAndA64ByteKey() {
        assertTrue(FORMAT.matcher(stored).matches(), stored);
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String again = HASHER.hash("correct horse battery staple");
        assertTrue(FORMAT.matcher(again).matches());
        assertNotEquals(stored, again);
        assertNotEquals(stored.split(":")[2], again.split(":")[2]);
    }

    @Test
    void aHashWrittenElsewhereWithFewerIterationsStillVerifies() throws Exception {
        byte[] salt = new byte[32];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (i + 1);
        }
        PBEKeySpec spec = new PBEKeySpec("學習歷程密碼-2026".toCharArray(), salt, 1_000, 512);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        String foreign = "PBKDF2WithHmacSHA512:1000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        assertTrue(HASHER.verify("學習歷程密碼-2026", foreign));
        assertFalse(HASHER.verify("學習歷程密碼-2027", foreign));
    }

    @ParameterizedTest(name = "\"{0}\" is refused quietly")
    @NullAndEmptySource
    @ValueSource(strings = {
        "plaintext-password",
        "PBKDF2WithHmacSHA512:1000:c2FsdA==",
        "PBKDF2WithHmacSHA512:1000:c2FsdA==:a2V5:extra",
        "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "pbkdf2withhmacsha512:1000:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:many:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:0:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:-5:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:99999999999:c2FsdHNhbHRzYWx0:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:1000:!!not base64!!:a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0:%%%",
        "PBKDF2WithHmacSHA512:1000::a2V5a2V5a2V5",
        "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0:",
        ":::"
    })
    void aMalformedStoredHashIsFalseNeverAnException(String malformed) {
        assertFalse(HASHER.verify("correct horse battery staple", malformed));
    }

    @Test
    void theDecoyVerificationTakesAnyPasswordWithoutFailing() {
        HASHER.verifyDecoy("whatever");
        HASHER.verifyDecoy("");
        assertTrue(HASHER.verify("correct horse battery staple", stored), "the decoy leaves real hashes alone");
    }
}
