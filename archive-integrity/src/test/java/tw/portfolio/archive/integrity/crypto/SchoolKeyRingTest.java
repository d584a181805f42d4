package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.IntegrityViolationException;

class SchoolKeyRingTest {
    private static final char[] SECRET = "correct horse battery staple".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void firstUseCreatesAKeystoreWithOneActiveEd25519Key() {
        Path file = dir.resolve("keys/school.p12");
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(file, SECRET, CLOCK);

        assertTrue(Files.isRegularFile(file));
        List<KeyInfo> keys = ring.keys();
        assertEquals(1, keys.size());
        assertEquals(KeyStatus.ACTIVE, keys.get(0).status());
        assertEquals("Ed25519", keys.get(0).algorithm());
        assertEquals(Instant.parse("2026-11-28T08:00:00Z"), keys.get(0).createdAt());
        assertTrue(keys.get(0).publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void keyIdIsTheHexSha256OfTheDerSubjectPublicKeyInfoAsTheJdkEncodesIt() throws Exception {
        KeyInfo info = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), SECRET).keys().get(0);
        String pemBody = info.publicKeyPem().replaceAll("-----[A-Z ]+-----|\\s", "");
        var jdkKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pemBody)));
        assertEquals(Sha256.hexOf(jdkKey.getEncoded()), info.keyId());
    }

    @Test
    void reopeningWithTheSameSecretYieldsTheSameKeys() {
        Path file = dir.resolve("school.p12");
        SchoolKeyRing first = SchoolKeyRing.openOrCreate(file, SECRET, CLOCK);
        first.rotate();
        SchoolKeyRing again = SchoolKeyRing.openOrCreate(file, SECRET, CLOCK);
        assertEquals(first.keys(), again.keys());
        byte[] message = "same key after restart".getBytes(StandardCharsets.UTF_8);
        assertTrue(first.verify(message, again.sign(message)).valid());
    }

    @Test
    void aWrongSecretIsReportedAsAnUnopenableKeystoreNotAsAnEmptyOne() {
        Path file = dir.resolve("school.p12");
        SchoolKeyRing.openOrCreate(file, SECRET, CLOCK);
        IntegrityViolationException e = assertThrows(IntegrityViolationException.class,
                () -> SchoolKeyRing.openOrCreate(file, "wrong".toCharArray(), CLOCK));
        assertTrue(e.getMessage().contains("wrong secret or damaged file"), e.getMessage());
    }

    @Test
    void rotationMakesANewActiveKeyAndRetiresTheOldOneWhichStillVerifies() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), SECRET, CLOCK);
        byte[] message = "signed before rotation".getBytes(StandardCharsets.UTF_8);
        SignatureValue before = ring.sign(message);

        KeyInfo fresh = ring.rotate();

        List<KeyInfo> keys = ring.keys();
        assertEquals(2, keys.size());
        assertEquals(KeyStatus.RETIRED, keys.get(0).status());
        assertEquals(fresh, keys.get(1));
        assertEquals(KeyStatus.ACTIVE, fresh.status());
        assertNotEquals(before.keyId(), fresh.keyId());
        assertEquals(fresh.keyId(), ring.sign(message).keyId());
        assertTrue(ring.verify(message, before).valid());
    }

    @Test
    void verifyingASignatureFromAnUnknownKeyNamesThatKey() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), SECRET, CLOCK);
        SigningKey stranger = SigningKey.generate(new java.security.SecureRandom());
        byte[] message = {1, 2, 3};
        VerificationResult result = ring.verify(message, stranger.sign(message));
        assertFalse(result.valid());
        assertEquals("key " + stranger.keyId() + " is not a school key", result.reason());
    }
}
