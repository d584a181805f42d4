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

    /** The hashes as raw bytes. */
    public List<byte[]> hashBytes() {
        return ProofHashes.decodeAll("hashes", hashes);
    }
}
