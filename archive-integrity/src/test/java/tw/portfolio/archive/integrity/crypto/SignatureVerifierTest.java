package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class SignatureVerifierTest {
    private final SigningKey key = SigningKey.generate(new SecureRandom());
    private final byte[] message = "the exact signed bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureOverTheExactBytesVerifies() {
        assertEquals(VerificationResult.ok(), SignatureVerifier.verify(key.publicKey(), message, key.sign(message)));
    }

    @Test
    void aChangedMessageFailsNamingTheKey() {
        byte[] changed = message.clone();
        changed[0] ^= 1;
        VerificationResult r = SignatureVerifier.verify(key.publicKey(), changed, key.sign(message));
        assertEquals("signature does not match the signed bytes under key " + key.keyId(), r.reason());
    }

    @Test
    void aSignatureByAnotherKeyFailsNamingBothKeys() {
        SigningKey other = SigningKey.generate(new SecureRandom());
        VerificationResult r = SignatureVerifier.verify(key.publicKey(), message, other.sign(message));
        assertEquals("signature names key " + other.keyId() + " but the key given is " + key.keyId(), r.reason());
    }

    @Test
    void aForeignAlgorithmOrATruncatedValueIsNamed() {
        SignatureValue good = key.sign(message);
        assertEquals("algorithm 'RSA' is not supported (only Ed25519)", SignatureVerifier.verify(key.publicKey(),
                message, new SignatureValue(good.keyId(), "RSA", good.value())).reason());
        byte[] shortValue = java.util.Arrays.copyOf(good.value(), 63);
        assertEquals("signature is 63 bytes, Ed25519 needs 64", SignatureVerifier.verify(key.publicKey(),
                message, new SignatureValue(good.keyId(), "Ed25519", shortValue)).reason());
    }

    @Test
    void publicKeysRoundTripThroughPemAndRejectOtherAlgorithms() {
        Ed25519PublicKey parsed = Ed25519PublicKey.ofPem(key.publicKey().toPem());
        assertEquals(key.publicKey(), parsed);
        assertEquals(key.keyId(), parsed.keyId());
        String rsaSpki = "-----BEGIN PUBLIC KEY-----\nMFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMGq8B0t7sDfl0SAfDWdJV0tdR3nMTrf"
                + "\nRKWNf4Xh0hh7zPKMYfgFsyVN0A2vWzRgEYHCGaeuQQa9BYtEdPfHVfsCAwEAAQ==\n-----END PUBLIC KEY-----\n";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ed25519PublicKey.ofPem(rsaSpki));
        assertTrue(e.getMessage().contains("not an Ed25519 key"), e.getMessage());
    }
}
