package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RFC 9162 §2.1 recursions (MTH, PATH, SUBPROOF) expressed over stored complete subtrees. Which
 * subtrees a computation reads depends only on sizes and indexes, never on hash values, so each
 * computation runs twice: once to collect the O(log n) node ids it needs (fetched from the store in
 * one call), once over the fetched hashes.
 */
final class TreeMath {
    private static final byte[] PLACEHOLDER = new byte[TreeHasher.HASH_LENGTH];

    private TreeMath() {
    }

    /** Supplies complete-subtree hashes. */
    interface Nodes {
        byte[] get(NodeId id);
    }

    /** Records what is asked for and answers placeholders. */
    static final class Collector implements Nodes {
        final Set<NodeId> ids = new LinkedHashSet<>();

        @Override
        public byte[] get(NodeId id) {
            ids.add(id);
            return PLACEHOLDER;
        }
    }

    /** Answers from fetched hashes; a missing one means the store lost part of the tree. */
    static Nodes from(Map<NodeId, byte[]> fetched) {
        return id -> {
            byte[] hash = fetched.get(id);
            if (hash == null) {
                throw new tw.portfolio.archive.error.IntegrityViolationException(
                        "event log storage is missing node " + id + " of a complete subtree");
            }
            return hash;
        };
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH of the {@code n} leaves from {@code start}, as the RFC recursion splits them. */
    static byte[] subtreeRoot(Nodes nodes, long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.get(new NodeId(level, start >>> level));
        }
        long k = largestPowerOfTwoBelow(n);
        return TreeHasher.nodeHash(subtreeRoot(nodes, start, k), subtreeRoot(nodes, start + k, n - k));
    }

    /** PATH(m, D[start:start+n]), leaf-side sibling first. */
    static List<byte[]> inclusionPath(Nodes nodes, long m, long n) {
        List<byte[]> path = new ArrayList<>();
        path(nodes, m, 0, n, path);
        return path;
    }

    private static void path(Nodes nodes, long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(nodes, m, start, k, out);
            out.add(subtreeRoot(nodes, start + k, n - k));
        } else {
            path(nodes, m - k, start + k, n - k, out);
            out.add(subtreeRoot(nodes, start, k));
        }
    }

    /** PROOF(m, D[n]) for {@code 0 < m < n}. */
    static List<byte[]> consistencyProof(Nodes nodes, long m, long n) {
        List<byte[]> proof = new ArrayList<>();
        subproof(nodes, m, 0, n, true, proof);
        return proof;
    }

    private static void subproof(Nodes nodes, long m, long start, long n, boolean complete, List<byte[]> out) {
        if (m == n) {
            if (!complete) {
                out.add(subtreeRoot(nodes, start, n));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(nodes, m, start, k, complete, out);
            out.add(subtreeRoot(nodes, start + k, n - k));
        } else {
            subproof(nodes, m - k, start + k, n - k, false, out);
            out.add(subtreeRoot(nodes, start, k));
        }
    }

    /** The left siblings a new leaf at {@code index} combines with, lowest level first. */
    static List<NodeId> carries(long index) {
        List<NodeId> ids = new ArrayList<>();
        long i = index;
        for (int level = 0; (i & 1) == 1; level++, i >>>= 1) {
            ids.add(new NodeId(level, i - 1));
        }
        return ids;
    }
}
