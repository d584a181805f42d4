package tw.portfolio.archive.integrity.destruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.SigningKey;

class DestructionCertificateVerifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<NamedCheck> verify(byte[] document) {
        return DestructionCertificateVerifier.verify(DestructionCertificate.parse(document),
                List.of(CertificateFixture.KEY.publicKey()));
    }

    private static String failed(List<NamedCheck> checks) {
        return checks.stream().filter(c -> !c.result().valid()).map(c -> c.name() + ": " + c.result().reason())
                .findFirst().orElse("none");
    }

    @Test
    void aCertificateTheArchiveWroteVerifiesEveryCheck() {
        List<NamedCheck> checks = verify(CertificateFixture.document());
        assertTrue(NamedCheck.allValid(checks), failed(checks));
        assertEquals(List.of("statement", "contents", "signature", "leaf", "checkpoint", "inclusion"),
                checks.stream().map(NamedCheck::name).toList());
    }

    @Test
    void oneChangedByteInTheSignedStatementFailsTheSignature() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(CertificateFixture.document());
        byte[] statement = Base64.getDecoder().decode(doc.get("statement").textValue());
        String text = new String(statement, StandardCharsets.UTF_8).replace("\"size\":3", "\"size\":4");
        doc.put("statement", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        List<NamedCheck> checks = verify(JSON.writeValueAsBytes(doc));
        assertFalse(NamedCheck.allValid(checks));
        assertTrue(failed(checks).startsWith("contents: items differs"), failed(checks));
        assertFalse(checks.get(2).result().valid(), "signature");
        assertFalse(checks.get(3).result().valid(), "leaf digest");
    }

    @Test
    void anItemChangedInTheReadableMembersIsNotWhatWasSigned() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(CertificateFixture.document());
        ((ObjectNode) ((ArrayNode) doc.get("items")).get(0)).put("sha256", "0".repeat(64));
        List<NamedCheck> checks = verify(JSON.writeValueAsBytes(doc));
        assertEquals("contents: items differs from the signed statement's", failed(checks));
        assertTrue(checks.get(2).result().valid(), "the signature over the statement itself still holds");
    }

    @Test
    void anotherKeyIsNotTrusted() {
        List<NamedCheck> checks = DestructionCertificateVerifier.verify(
                DestructionCertificate.parse(CertificateFixture.document()),
                List.of(SigningKey.ofSeed(new byte[32]).publicKey()));
        assertTrue(failed(checks).startsWith("signature: signed by key " + CertificateFixture.KEY.keyId()
                + ", which is not a trusted key"), failed(checks));
    }

    @Test
    void aLeafOfAnotherEventIsRefused() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(CertificateFixture.document());
        doc.put("leafData", Base64.getEncoder().encodeToString("{\"filler\":0}".getBytes()));
        List<NamedCheck> checks = verify(JSON.writeValueAsBytes(doc));
        assertTrue(failed(checks).startsWith("leaf: leaf is not an event record"), failed(checks));
        assertFalse(checks.get(5).result().valid(), "the leaf is not in the tree either");
    }

    @Test
    void garbageIsInvalidInputNamingWhatIsWrong() {
        assertEquals("destruction certificate must be a JSON object",
                assertThrows(InvalidInputException.class, () -> DestructionCertificate.parse("[1]".getBytes())).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> DestructionCertificate.parse("{\"id\":".getBytes()))
                .getMessage().startsWith("destruction certificate is not JSON"));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> DestructionCertificate.parse("{\"id\":\"x\"}".getBytes()));
        assertEquals("requestId", missing.fieldErrors().get(0).field());
    }

    @Test
    void theStatementIsItsOwnCanonicalFormAndReadsBack() {
        DestructionStatement s = CertificateFixture.statement(CertificateFixture.KEY.keyId());
        assertEquals(s, DestructionStatement.parse(s.toBytes()));
        String pretty = new String(s.toBytes(), StandardCharsets.UTF_8).replace(",", ", ");
        assertThrows(InvalidInputException.class, () -> DestructionStatement.parse(pretty.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNationalIdIsNotAPseudonym() {
        DestructionStatement s = CertificateFixture.statement(CertificateFixture.KEY.keyId());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new DestructionStatement(
                s.certificateId(), s.requestId(), s.basis(), "A123456789", s.completedAt(), s.approvals(), s.items(),
                s.confirmations(), s.keyId()));
        assertEquals("subject", e.fieldErrors().get(0).field());
    }
}
