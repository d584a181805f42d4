package tw.portfolio.archive.integrity.destruction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.NamedCheck;

/** Hostile certificate documents are read and verified, or refused as invalid input; nothing else. */
class DestructionCertificateFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aCertificateIsReadAndVerifiedOrIsInvalidInput(byte[] json) {
        DestructionCertificate certificate;
        try {
            certificate = DestructionCertificate.parse(json);
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        for (NamedCheck c : DestructionCertificateVerifier.verify(certificate,
                List.of(CertificateFixture.KEY.publicKey()))) {
            assertNotNull(c.result());
            assertFalse(!c.result().valid() && c.result().reason().isBlank(), "a failed check says why");
        }
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aStatementIsCanonicalOrIsInvalidInput(byte[] bytes) {
        try {
            DestructionStatement.parse(bytes);
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
