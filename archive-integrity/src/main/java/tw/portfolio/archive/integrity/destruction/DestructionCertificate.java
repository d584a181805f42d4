package tw.portfolio.archive.integrity.destruction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.eventlog.ProofHashes;

/**
 * The destruction certificate as {@code GET /api/v1/destruction-certificates/{id}} answers it and
 * {@code archive-cli verify certificate} reads it: the statement's contents for reading ({@code id,
 * requestId, subject, completedAt, approvals, items, confirmations}), {@code statement} (base64 of the
 * exact signed RFC 8785 bytes), {@code signature {keyId, algorithm, value}}, and the certificate's leaf
 * in the event log: {@code leafIndex}, {@code leafData} (base64 of the leaf bytes, whose {@code sha256}
 * digest is the statement's), {@code inclusionProof} (base64 hashes) under {@code checkpoint}, the
 * signed note of a checkpoint issued after the leaf was sequenced. {@link #parse} checks the shape
 * only; {@link DestructionCertificateVerifier} checks what it says.
 */
public record DestructionCertificate(Map<String, JsonNode> contents, byte[] statementBytes,
        SignatureValue signature, long leafIndex, byte[] leafData, List<byte[]> inclusionProof, String checkpoint) {
    /** The members that repeat the statement for reading, as the document names them. */
    static final List<String> CONTENTS = List.of("id", "requestId", "basis", "subject", "completedAt", "approvals", "items",
            "confirmations");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Copies the arrays and lists. */
    public DestructionCertificate {
        contents = Map.copyOf(contents);
        statementBytes = statementBytes.clone();
        leafData = leafData.clone();
        inclusionProof = inclusionProof.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] statementBytes() {
        return statementBytes.clone();
    }

    @Override
    public byte[] leafData() {
        return leafData.clone();
    }

    /** The document for a signed statement whose leaf is {@code leafIndex}, included under {@code checkpoint}. */
    public static byte[] write(DestructionStatement statement, SignatureValue signature, long leafIndex,
            byte[] leafData, List<byte[]> inclusionProof, String checkpoint) {
        Map<String, Object> members = statement.members();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", statement.certificateId());
        doc.put("requestId", statement.requestId());
        doc.put("basis", statement.basis());
        doc.put("subject", statement.subject());
        doc.put("completedAt", members.get("completedAt"));
        doc.put("approvals", members.get("approvals"));
        doc.put("items", members.get("items"));
        doc.put("confirmations", members.get("confirmations"));
        doc.put("statement", Base64.getEncoder().encodeToString(statement.toBytes()));
        doc.put("signature", Map.of("keyId", signature.keyId(), "algorithm", signature.algorithm(),
                "value", signature.valueBase64()));
        doc.put("leafIndex", leafIndex);
        doc.put("leafData", Base64.getEncoder().encodeToString(leafData));
        doc.put("inclusionProof", ProofHashes.encodeAll(inclusionProof));
        doc.put("checkpoint", checkpoint);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a destruction certificate always serialises", e);
        }
    }

    /**
     * Reads a certificate document; throws {@link InvalidInputException} naming the member that is
     * missing, of the wrong type, or not base64. Whether it verifies is not decided here.
     */
    public static DestructionCertificate parse(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("destruction certificate is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException("destruction certificate cannot be read", e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("destruction certificate must be a JSON object");
        }
        Map<String, JsonNode> contents = new LinkedHashMap<>();
        for (String field : CONTENTS) {
            JsonNode value = node.get(field);
            boolean array = field.equals("approvals") || field.equals("items") || field.equals("confirmations");
            if (value == null || (array ? !value.isArray() : !value.isTextual())) {
                throw InvalidInputException.field(field, array ? "must be an array" : "must be a string");
            }
            contents.put(field, value);
        }
        JsonNode sig = node.get("signature");
        if (sig == null || !sig.isObject()) {
            throw InvalidInputException.field("signature", "must be an object {keyId, algorithm, value}");
        }
        SignatureValue signature;
        try {
            signature = SignatureValue.of(text(sig, "signature.keyId"), text(sig, "signature.algorithm"),
                    base64(sig, "signature.value"));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("signature", e.getMessage());
        }
        JsonNode leafIndex = node.get("leafIndex");
        if (leafIndex == null || !leafIndex.isIntegralNumber() || !leafIndex.canConvertToLong() || leafIndex.longValue() < 0) {
            throw InvalidInputException.field("leafIndex", "must be a whole number, 0 or more");
        }
        JsonNode proof = node.get("inclusionProof");
        if (proof == null || !proof.isArray()) {
            throw InvalidInputException.field("inclusionProof", "must be an array of base64 hashes");
        }
        List<String> hashes = new ArrayList<>();
        for (JsonNode h : proof) {
            if (!h.isTextual()) {
                throw InvalidInputException.field("inclusionProof", "must be an array of base64 hashes");
            }
            hashes.add(h.textValue());
        }
        return new DestructionCertificate(contents, base64(node, "statement"), signature, leafIndex.longValue(),
                base64(node, "leafData"), ProofHashes.decodeAll("inclusionProof", hashes), text(node, "checkpoint"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null || !value.isTextual() || value.textValue().isEmpty()) {
            throw InvalidInputException.field(field, "must be a non-empty string");
        }
        return value.textValue();
    }

    private static byte[] base64(JsonNode node, String field) {
        try {
            return Base64.getDecoder().decode(text(node, field));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "is not base64");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DestructionCertificate c && contents.equals(c.contents)
                && java.util.Arrays.equals(statementBytes, c.statementBytes) && signature.equals(c.signature)
                && leafIndex == c.leafIndex && java.util.Arrays.equals(leafData, c.leafData)
                && checkpoint.equals(c.checkpoint);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(statementBytes);
    }

    @Override
    public String toString() {
        return "DestructionCertificate[" + contents.get("id") + "]";
    }
}
