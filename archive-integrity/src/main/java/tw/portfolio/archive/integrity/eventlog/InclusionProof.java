package tw.portfolio.archive.integrity.eventlog;

import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * An inclusion proof as the API answers it: {@code {"leafIndex","treeSize","hashes":[base64…]}},
 * hashes leaf-side first (RFC 9162 §2.1.3).
 */
public record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {
    /** Validates ranges and that every hash is base64 of 32 bytes. */
    public InclusionProof {
        if (treeSize < 1) {
            throw InvalidInputException.field("treeSize", "must be at least 1");
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw InvalidInputException.field("leafIndex", "must be between 0 and treeSize - 1");
        }
        hashes = List.copyOf(hashes);
        ProofHashes.decodeAll("hashes", hashes);
    }

    /** From raw hashes. */
    public static InclusionProof of(long leafIndex, long treeSize, List<byte[]> hashes) {
        return new InclusionProof(leafIndex, treeSize, ProofHashes.encodeAll(hashes));
    }

    /** The hashes as raw bytes. */
    public List<byte[]> hashBytes() {
        return ProofHashes.decodeAll("hashes", hashes);
    }
}
