package tw.portfolio.archive.integrity.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.SigningKey;

/** Issue 13: a leaver's receipt PDF and signed statement are checked offline; every changed byte is caught. */
class ReceiptVerifierTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private final SigningKey school = SigningKey.generate(new SecureRandom());

    private byte[] statement = CanonicalJson.bytes(Map.of("type", "portfolio-receipt-statement", "version", 1,
            "studentId", "5b0c3f0e-0000-4000-8000-000000000001", "academicYear", 113, "items", List.of()));

    private byte[] signedStatement(SigningKey key) {
        SignatureValue sig = key.sign(statement);
        return CanonicalJson.bytes(Map.of("statement", CanonicalJson.parse("statement", statement),
                "signature", Map.of("keyId", sig.keyId(), "algorithm", sig.algorithm(), "value", sig.valueBase64())));
    }

    private byte[] sealed() {
        return ReceiptSeal.seal(PDF, Sha256.hexOf(statement), school::sign);
    }

    private List<NamedCheck> verify(byte[] pdf, byte[] json) {
        return ReceiptVerifier.verify(pdf, json, List.of(school.publicKey()));
    }

    @Test
    void aSealedReceiptAndItsStatementVerify() {
        List<NamedCheck> checks = verify(sealed(), signedStatement(school));
        assertTrue(NamedCheck.allValid(checks), checks.toString());
        assertEquals(List.of("statement signature", "pdf seal", "pdf belongs to statement"),
                checks.stream().map(NamedCheck::name).toList());
    }

    @Test
    void theSealIsOneCommentLineAfterTheDocumentAndKeepsItsBytes() {
        byte[] sealed = sealed();
        String tail = new String(sealed, PDF.length, sealed.length - PDF.length, StandardCharsets.UTF_8);
        assertTrue(tail.startsWith(ReceiptSeal.MARKER) && tail.endsWith("\n") && tail.indexOf('\n') == tail.length() - 1,
                tail);
        assertEquals(new String(PDF, StandardCharsets.US_ASCII),
                new String(ReceiptSeal.of(sealed).orElseThrow().document(), StandardCharsets.US_ASCII));
    }

    @Test
    void everySingleFlippedByteOfTheSealedPdfFailsVerification() {
        byte[] sealed = sealed();
        byte[] json = signedStatement(school);
        for (int i = 0; i < sealed.length; i++) {
            byte[] changed = sealed.clone();
            changed[i] ^= 0x01;
            List<NamedCheck> checks;
            try {
                checks = verify(changed, json);
            } catch (InvalidInputException e) {
                throw new AssertionError("byte " + i + " made the statement unreadable: " + e.getMessage());
            }
            assertFalse(NamedCheck.allValid(checks), "byte " + i + " changed and still verified: " + checks);
        }
    }

    @Test
    void aPdfSealedForAnotherStatementIsNamed() {
        byte[] other = ReceiptSeal.seal(PDF, "0".repeat(64), school::sign);
        List<NamedCheck> checks = verify(other, signedStatement(school));
        assertEquals("pdf belongs to statement", checks.stream().filter(c -> !c.result().valid()).findFirst()
                .orElseThrow().name());
    }

    @Test
    void anUnsealedPdfFailsSayingSo() {
        List<NamedCheck> checks = verify(PDF, signedStatement(school));
        assertTrue(checks.get(1).result().reason().contains("no school seal"), checks.toString());
    }

    @Test
    void anotherKeysSignatureFailsNamingTheKey() {
        SigningKey stranger = SigningKey.generate(new SecureRandom());
        List<NamedCheck> checks = verify(ReceiptSeal.seal(PDF, Sha256.hexOf(statement), stranger::sign),
                signedStatement(stranger));
        assertFalse(checks.get(0).result().valid());
        assertTrue(checks.get(0).result().reason().contains(stranger.keyId()), checks.toString());
        assertFalse(checks.get(1).result().valid());
    }

    @Test
    void aChangedStatementFailsItsSignatureAndNoLongerMatchesThePdf() {
        byte[] sealed = sealed();
        byte[] json = signedStatement(school);
        statement = CanonicalJson.bytes(Map.of("type", "portfolio-receipt-statement", "version", 1,
                "studentId", "5b0c3f0e-0000-4000-8000-000000000001", "academicYear", 114, "items", List.of()));
        String tampered = new String(json, StandardCharsets.UTF_8).replace("\"academicYear\":113", "\"academicYear\":114");
        List<NamedCheck> checks = verify(sealed, tampered.getBytes(StandardCharsets.UTF_8));
        assertFalse(checks.get(0).result().valid());
        assertFalse(checks.get(2).result().valid());
    }

    @Test
    void aStatementFileThatIsNotASignedStatementIsAnInputError() {
        byte[] sealed = sealed();
        assertThrows(InvalidInputException.class, () -> verify(sealed, "not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInputException.class, () -> verify(sealed, "{\"statement\":1}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInputException.class, () -> verify(sealed,
                "{\"signature\":{\"algorithm\":\"Ed25519\",\"keyId\":\"k\",\"value\":\"%%%\"},\"statement\":{}}"
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
