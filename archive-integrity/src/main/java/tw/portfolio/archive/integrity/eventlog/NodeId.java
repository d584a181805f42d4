package tw.portfolio.archive.integrity.eventlog;

/**
 * A complete subtree: the {@code 2^level} leaves starting at {@code index * 2^level}. Level 0 is
 * a leaf hash.
 */
public record NodeId(int level, long index) {
    /** Validates the coordinates. */
    public NodeId {
        if (level < 0 || level > 63 || index < 0) {
            throw new IllegalArgumentException("no node at level " + level + ", index " + index);
        }
    }
}
