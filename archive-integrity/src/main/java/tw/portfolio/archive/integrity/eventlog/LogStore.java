package tw.portfolio.archive.integrity.eventlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a {@link MerkleLog} keeps its leaves and the hashes of every complete subtree. Storing those
 * hashes is what keeps appends and proofs at O(log n) reads: the tree is never recomputed.
 *
 * <p>Implementations need not be thread-safe for writes: the caller serialises appends (one writer).
 */
public interface LogStore {
    /** Number of leaves stored. */
    long size();

    /** The stored hashes of the given complete subtrees; ids that are not stored are absent. */
    Map<NodeId, byte[]> nodes(Collection<NodeId> ids);

    /**
     * Stores leaf {@code leafIndex} (which must equal {@link #size()}) with its data and every
     * subtree hash it completes (its own leaf hash at level 0 included), atomically with respect to
     * the caller's transaction.
     */
    default void append(long leafIndex, byte[] leafData, List<NodeHash> completedNodes) {
        appendAll(leafIndex, List.of(leafData), completedNodes);
    }

    /**
     * Stores consecutive leaves from {@code firstIndex} (which must equal {@link #size()}) with every
     * subtree hash they complete, atomically with respect to the caller's transaction.
     */
    void appendAll(long firstIndex, List<byte[]> leafData, List<NodeHash> completedNodes);

    /** Leaf data for indexes {@code start} (inclusive) to {@code end} (exclusive), both within size. */
    List<byte[]> leafData(long start, long end);
}
