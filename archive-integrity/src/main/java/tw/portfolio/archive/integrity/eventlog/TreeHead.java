package tw.portfolio.archive.integrity.eventlog;

import java.util.Arrays;

/** The size and root hash of the log at one moment. */
public record TreeHead(long treeSize, byte[] rootHash) {
    /** Validates and copies the root. */
    public TreeHead {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        if (rootHash == null || rootHash.length != TreeHasher.HASH_LENGTH) {
            throw new IllegalArgumentException("a root hash is 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The root as standard padded base64. */
    public String rootBase64() {
        return ProofHashes.encode(rootHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeHead t && treeSize == t.treeSize && Arrays.equals(rootHash, t.rootHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "TreeHead[" + treeSize + ", " + rootBase64() + "]";
    }
}
