package tw.portfolio.archive.integrity.eventlog;

import java.util.Objects;

/** The hash of one complete subtree, as stored. */
public record NodeHash(NodeId id, byte[] hash) {
    /** Validates and copies the hash. */
    public NodeHash {
        Objects.requireNonNull(id, "id");
        if (hash == null || hash.length != TreeHasher.HASH_LENGTH) {
            throw new IllegalArgumentException("a node hash is 32 bytes");
        }
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeHash n && id.equals(n.id) && java.util.Arrays.equals(hash, n.hash);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + java.util.Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "NodeHash[" + id + "]";
    }
}
