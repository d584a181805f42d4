package tw.portfolio.archive.integrity.eventlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;

/**
 * Everything an auditor needs to check one artifact without the server, as
 * {@code GET /api/v1/artifacts/{id}/evidence} answers it and {@code archive-cli verify evidence}
 * reads it. {@code statement} and {@code leafData} are base64 of exact bytes; {@code
 * inclusionProof} holds base64 hashes; {@code checkpoint} is the signed note text.
 */
public record EvidenceBundle(String artifactId, String sha256, String statement, ArtifactSignature signature,
        String keyId, String publicKeyPem, long leafIndex, String leafData, long treeSize,
        List<String> inclusionProof, String checkpoint) {
    private static final List<String> FIELDS = List.of("artifactId", "sha256", "statement", "signature", "keyId",
            "publicKeyPem", "leafIndex", "leafData", "treeSize", "inclusionProof", "checkpoint");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Assembles the bundle for an artifact whose ingestion is leaf {@code leafIndex}, proving
     * inclusion under {@code checkpointNote} (which must cover that leaf). {@code sha256} is the
     * digest the archive currently holds for the artifact; the verifier compares it with the signed
     * statement and the leaf, so a digest changed behind the archive's back shows.
     */
    public static EvidenceBundle assemble(String artifactId, String sha256, ArtifactSignature signature,
            tw.portfolio.archive.integrity.crypto.Ed25519PublicKey signingKey, MerkleLog log, long leafIndex,
            String checkpointNote) {
        long treeSize = Checkpoints.parse(checkpointNote).treeSize();
        InclusionProof proof = log.inclusionProof(leafIndex, treeSize);
        byte[] leaf = log.leafData(leafIndex, leafIndex + 1).get(0);
        return new EvidenceBundle(artifactId, sha256, signature.statement(), signature, signingKey.keyId(),
                signingKey.toPem(), leafIndex, Base64.getEncoder().encodeToString(leaf), treeSize, proof.hashes(),
                checkpointNote);
    }

    /** Reads a bundle; throws {@link InvalidInputException} naming what is malformed or missing. */
    public static EvidenceBundle parse(byte[] json) {
        EvidenceBundle b;
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("evidence bundle must be a JSON object");
            }
            for (String field : FIELDS) {
                if (!node.hasNonNull(field)) {
                    throw InvalidInputException.field(field, "is missing from the evidence bundle");
                }
            }
            b = MAPPER.treeToValue(node, EvidenceBundle.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("evidence bundle is malformed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("evidence bundle cannot be read", e);
        }
        b.requireFields();
        return b;
    }

    /** The bundle as JSON. */
    public byte[] toJson() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evidence bundle always serialises", e);
        }
    }

    private void requireFields() {
        String[][] text = {{"artifactId", artifactId}, {"sha256", sha256}, {"statement", statement},
            {"keyId", keyId}, {"leafData", leafData}, {"checkpoint", checkpoint}};
        for (String[] f : text) {
            if (f[1] == null || f[1].isEmpty()) {
                throw InvalidInputException.field(f[0], "is missing from the evidence bundle");
            }
        }
        if (signature == null) {
            throw InvalidInputException.field("signature", "is missing from the evidence bundle");
        }
        if (inclusionProof == null) {
            throw InvalidInputException.field("inclusionProof", "is missing from the evidence bundle");
        }
        statementBytes();
        leafBytes();
        signature.toSignatureValue();
        signature.statementBytes();
        proofHashes();
    }

    /** The signed statement bytes. */
    public byte[] statementBytes() {
        return base64("statement", statement);
    }

    /** The exact leaf bytes. */
    public byte[] leafBytes() {
        return base64("leafData", leafData);
    }

    /** The inclusion proof hashes as raw bytes. */
    public List<byte[]> proofHashes() {
        return ProofHashes.decodeAll("inclusionProof", inclusionProof);
    }

    private static byte[] base64(String field, String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not base64");
        }
    }
}
