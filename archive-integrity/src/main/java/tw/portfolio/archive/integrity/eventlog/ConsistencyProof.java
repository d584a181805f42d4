package tw.portfolio.archive.integrity.eventlog;

import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A consistency proof as the API answers it: {@code {"from","to","hashes":[base64…]}}, proving that
 * the tree of size {@code to} extends the tree of size {@code from} (RFC 9162 §2.1.4).
 */
public record ConsistencyProof(long from, long to, List<String> hashes) {
    /** Validates sizes and that every hash is base64 of 32 bytes. */
    public ConsistencyProof {
        if (from < 0) {
            throw InvalidInputException.field("from", "must not be negative");
        }
        if (to < from) {
            throw InvalidInputException.field("to", "must not be smaller than from");
        }
        hashes = List.copyOf(hashes);
        ProofHashes.decodeAll("hashes", hashes);
    }

    /** From raw hashes. */
    public static ConsistencyProof of(long from, long to, List<byte[]> hashes) {
        return new ConsistencyProof(from, to, ProofHashes.encodeAll(hashes));
    }

    /** Reads the JSON the consistency endpoint answers; throws {@link InvalidInputException} when malformed. */
    public static ConsistencyProof parse(byte[] json) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            if (node == null || !node.path("from").isIntegralNumber() || !node.path("to").isIntegralNumber()
                    || !node.path("hashes").isArray()) {
                throw new InvalidInputException("consistency proof needs integer 'from' and 'to' and a 'hashes' array");
            }
            List<String> hashes = new java.util.ArrayList<>();
            for (var h : node.get("hashes")) {
                if (!h.isTextual()) {
                    throw InvalidInputException.field("hashes", "must hold base64 strings");
                }
                hashes.add(h.textValue());
            }
            return new ConsistencyProof(node.get("from").longValue(), node.get("to").longValue(), hashes);
        } catch (java.io.IOException e) {
            throw new InvalidInputException("consistency proof is not JSON", e);
        }
    }

    /** The hashes as raw bytes. */
    public List<byte[]> hashBytes() {
        return ProofHashes.decodeAll("hashes", hashes);
    }
}
