package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class ArtifactStatementTest {
    private static final String DIGEST = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String KEY_ID = "0f".repeat(32);

    static ArtifactStatement sample() {
        return new ArtifactStatement("art-1", "stu-7f3a", DIGEST, 3, "application/pdf",
                Instant.parse("2026-11-28T08:00:00Z"), "STUDENT", KEY_ID);
    }

    @Test
    void encodingIsRfc8785WithMembersSortedByName() {
        assertEquals("{\"artifactId\":\"art-1\",\"ingestedAt\":\"2026-11-28T08:00:00Z\",\"ingestedByRole\":\"STUDENT\","
                + "\"keyId\":\"" + KEY_ID + "\",\"mediaType\":\"application/pdf\",\"sha256\":\"" + DIGEST
                + "\",\"size\":3,\"studentPseudonym\":\"stu-7f3a\"}",
                new String(sample().toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theSignedBytesAreTheirOwnJcsForm() {
        ArtifactStatement s = new ArtifactStatement("作品-1", "stu-\"q\"\u0007", DIGEST, 9_007_199_254_740_991L, "text/plain",
                Instant.parse("2026-11-28T08:00:00.123Z"), "STUDENT", KEY_ID);
        assertArrayEquals(s.toBytes(), CanonicalJson.canonicalize("statement", s.toBytes()));
    }

    @Test
    void theArtifactJsonsStatementIsBase64OfSignedBytesThatAreTheirOwnJcsForm() {
        SigningKey school = SigningKey.generate(new java.security.SecureRandom());
        byte[] signed = new ArtifactStatement("art-1", "stu-7f3a", DIGEST, 3, "application/pdf",
                Instant.parse("2026-11-28T08:00:00Z"), "STUDENT", school.keyId()).toBytes();
        ArtifactSignature json = ArtifactSignature.of(signed, school.sign(signed));
        byte[] statement = java.util.Base64.getDecoder().decode(json.statement());
        assertArrayEquals(signed, statement);
        assertArrayEquals(statement, CanonicalJson.canonicalize("signature.statement", statement));
        assertEquals(VerificationResult.ok(), SignatureVerifier.verify(school.publicKey(), statement, json.toSignatureValue()));
    }

    @Test
    void parsingTheBytesGivesTheSameStatementBack() {
        assertEquals(sample(), ArtifactStatement.parse(sample().toBytes()));
    }

    @Test
    void nonAsciiTextIsKeptAsUtf8AndRoundTrips() {
        ArtifactStatement s = new ArtifactStatement("作品-1", "stu-\"q\"", DIGEST, 0, "text/plain",
                Instant.parse("2026-11-28T08:00:00.123Z"), "STUDENT", KEY_ID);
        assertEquals(s, ArtifactStatement.parse(s.toBytes()));
    }

    @Test
    void whitespaceOrReorderedKeysAreNotCanonicalAndAreRejected() {
        String canonical = new String(sample().toBytes(), StandardCharsets.UTF_8);
        byte[] spaced = canonical.replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ArtifactStatement.parse(spaced));
        assertTrue(e.getMessage().contains("canonical"), e.getMessage());
        String reordered = "{\"ingestedAt\":\"2026-11-28T08:00:00Z\",\"artifactId\":\"art-1\"" + canonical.substring(
                canonical.indexOf(",\"ingestedByRole\""));
        assertThrows(InvalidInputException.class, () -> ArtifactStatement.parse(reordered.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNationalIdIsRefusedAsStudentPseudonym() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ArtifactStatement("a",
                "A123456789", DIGEST, 1, "application/pdf", Instant.EPOCH, "STUDENT", KEY_ID));
        assertEquals("studentPseudonym", e.fieldErrors().get(0).field());
    }
}
