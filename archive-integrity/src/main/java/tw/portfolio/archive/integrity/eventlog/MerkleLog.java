package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * An append-only RFC 9162 Merkle tree over a {@link LogStore}. Appends, tree heads and proofs each
 * read O(log n) stored subtree hashes in one {@link LogStore#nodes} call; nothing is recomputed
 * from the leaves.
 *
 * <p>Single writer: the caller serialises {@link #append} and {@link #appendAll} (the archive's
 * {@code LogSequencer} does, holding a lock); concurrent reads are safe whenever the store's are.
 * With {@code JdbcLogStore} leaves are written in the caller's transaction.
 */
public final class MerkleLog {
    /** Largest leaf the log accepts, in bytes (events are small; this bounds storage rows). */
    public static final int MAX_LEAF_BYTES = 16 * 1024;

    private final LogStore store;

    /** A log over {@code store}. */
    public MerkleLog(LogStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Refuses a missing leaf or one larger than {@link #MAX_LEAF_BYTES}. */
    static void requireLeafSize(byte[] leafData) {
        Objects.requireNonNull(leafData, "leafData");
        if (leafData.length > MAX_LEAF_BYTES) {
            throw InvalidInputException.field("leafData", "is " + leafData.length + " bytes, at most "
                    + MAX_LEAF_BYTES + " allowed");
        }
    }

    /** Number of leaves. */
    public long size() {
        return store.size();
    }

    /** Appends one leaf and returns its index. */
    public long append(byte[] leafData) {
        return appendAll(List.of(leafData));
    }

    /**
     * Appends leaves in order and returns the index of the first. The subtree hashes the batch needs
     * from before it are read in one {@link LogStore#nodes} call; those it completes itself are kept
     * in memory; everything is written in one {@link LogStore#appendAll}.
     */
    public long appendAll(List<byte[]> leafData) {
        Objects.requireNonNull(leafData, "leafData");
        if (leafData.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        leafData.forEach(MerkleLog::requireLeafSize);
        long first = store.size();
        store.appendAll(first, leafData, completedNodes(first, leafData));
        return first;
    }

    /**
     * Every subtree hash that leaves {@code first}, {@code first + 1}, ... complete (their own leaf
     * hashes included), computed from {@code leafData} and the stored hashes of the complete subtrees
     * left of {@code first}, read in one {@link LogStore#nodes} call. Used to append, and to rebuild
     * hashes a store lost ({@code LogRepair}, in archive-core).
     */
    List<NodeHash> completedNodes(long first, List<byte[]> leafData) {
        List<List<NodeId>> carries = new ArrayList<>(leafData.size());
        Set<NodeId> made = new HashSet<>();
        Set<NodeId> needed = new LinkedHashSet<>();
        for (int i = 0; i < leafData.size(); i++) {
            long index = first + i;
            List<NodeId> c = TreeMath.carries(index);
            carries.add(c);
            for (NodeId sibling : c) {
                if (!made.contains(sibling)) {
                    needed.add(sibling);
                }
            }
            made.add(new NodeId(0, index));
            for (NodeId sibling : c) {
                made.add(new NodeId(sibling.level() + 1, sibling.index() >>> 1));
            }
        }
        Map<NodeId, byte[]> known = new HashMap<>(store.nodes(needed));
        List<NodeHash> completed = new ArrayList<>();
        for (int i = 0; i < leafData.size(); i++) {
            long index = first + i;
            byte[] hash = TreeHasher.leafHash(leafData.get(i));
            NodeId leafId = new NodeId(0, index);
            known.put(leafId, hash);
            completed.add(new NodeHash(leafId, hash));
            for (NodeId sibling : carries.get(i)) {
                byte[] left = known.get(sibling);
                if (left == null) {
                    throw new IllegalStateException("the log store lacks subtree " + sibling + " of a complete tree");
                }
                hash = TreeHasher.nodeHash(left, hash);
                NodeId parent = new NodeId(sibling.level() + 1, sibling.index() >>> 1);
                known.put(parent, hash);
                completed.add(new NodeHash(parent, hash));
            }
        }
        return completed;
    }

    /** The tree head at the current size. */
    public TreeHead head() {
        return head(store.size());
    }

    /** The tree head the log had when it held {@code treeSize} leaves. */
    public TreeHead head(long treeSize) {
        requireSize("treeSize", treeSize, store.size());
        if (treeSize == 0) {
            return new TreeHead(0, TreeHasher.emptyRoot());
        }
        return new TreeHead(treeSize, run(nodes -> TreeMath.subtreeRoot(nodes, 0, treeSize)));
    }

    /** The leaf hash at {@code leafIndex}. */
    public byte[] leafHash(long leafIndex) {
        requireIndex(leafIndex, store.size());
        return run(nodes -> nodes.get(new NodeId(0, leafIndex)));
    }

    /** Leaf data from {@code start} (inclusive) to {@code end} (exclusive). */
    public List<byte[]> leafData(long start, long end) {
        long size = store.size();
        requireSize("end", end, size);
        if (start < 0 || start > end) {
            throw InvalidInputException.field("start", "must be between 0 and end (" + end + ")");
        }
        return store.leafData(start, end);
    }

    /** Proof that leaf {@code leafIndex} is in the tree of size {@code treeSize}. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        requireSize("treeSize", treeSize, store.size());
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw InvalidInputException.field("leafIndex", "must be between 0 and treeSize - 1 ("
                    + (treeSize - 1) + "), was " + leafIndex);
        }
        return InclusionProof.of(leafIndex, treeSize, run(nodes -> TreeMath.inclusionPath(nodes, leafIndex, treeSize)));
    }

    /** Proof that the tree of size {@code to} extends the tree of size {@code from}. */
    public ConsistencyProof consistencyProof(long from, long to) {
        requireSize("to", to, store.size());
        if (from < 0 || from > to) {
            throw InvalidInputException.field("from", "must be between 0 and to (" + to + "), was " + from);
        }
        if (from == 0 || from == to) {
            return ConsistencyProof.of(from, to, List.of());
        }
        return ConsistencyProof.of(from, to, run(nodes -> TreeMath.consistencyProof(nodes, from, to)));
    }

    private <T> T run(java.util.function.Function<TreeMath.Nodes, T> computation) {
        TreeMath.Collector collector = new TreeMath.Collector();
        computation.apply(collector);
        Map<NodeId, byte[]> fetched = store.nodes(collector.ids);
        return computation.apply(TreeMath.from(fetched));
    }

    private static void requireSize(String field, long treeSize, long logSize) {
        if (treeSize < 0 || treeSize > logSize) {
            throw InvalidInputException.field(field, "must be between 0 and the log size (" + logSize
                    + "), was " + treeSize);
        }
    }

    private static void requireIndex(long leafIndex, long logSize) {
        if (leafIndex < 0 || leafIndex >= logSize) {
            throw InvalidInputException.field("leafIndex", "must be between 0 and " + (logSize - 1)
                    + ", was " + leafIndex);
        }
    }
}
