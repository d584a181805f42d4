package tw.portfolio.archive.integrity.eventlog;

import java.util.List;

/** The RFC 9162 definition of MTH computed naively from all leaves, to compare against. */
final class ReferenceTree {
    private ReferenceTree() {
    }

    static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return TreeHasher.emptyRoot();
        }
        if (leaves.size() == 1) {
            return TreeHasher.leafHash(leaves.get(0));
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return TreeHasher.nodeHash(root(leaves.subList(0, k)), root(leaves.subList(k, leaves.size())));
    }
}
