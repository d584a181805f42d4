package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/** What every {@link LogStore} must satisfy, run against each implementation. */
abstract class LogStoreContract {
    /** A fresh, empty store. */
    abstract LogStore newStore() throws Exception;

    /** Largest tree size checked exhaustively (every index and every earlier size). */
    int exhaustiveSize() {
        return 41;
    }

    private static byte[] leaf(int i) {
        return ("event " + i).getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> appendLeaves(MerkleLog log, int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] data = leaf(i);
            assertEquals(i, log.append(data));
            leaves.add(data);
        }
        return leaves;
    }

    @Test
    void batchesOfAnySizeBuildTheSameTreeAsSingleAppends() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        List<byte[]> leaves = new ArrayList<>();
        int n = 0;
        for (int size : new int[] {1, 2, 3, 1, 7, 16, 5, 30, 1, 9}) {
            List<byte[]> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(leaf(n + i));
            }
            assertEquals(n, log.appendAll(batch));
            leaves.addAll(batch);
            n += size;
            assertArrayEquals(ReferenceTree.root(leaves), log.head().rootHash(), "after " + n + " leaves");
        }
        byte[] root = log.head().rootHash();
        for (long index = 0; index < n; index++) {
            assertEquals(VerificationResult.ok(), MerkleVerifier.verifyInclusion(index, n, log.leafHash(index),
                    log.inclusionProof(index, n).hashBytes(), root), "leaf " + index);
        }
    }

    @Test
    void anEmptyBatchOrAnOversizedLeafInABatchIsRefusedAndNothingIsStored() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        log.append(leaf(0));
        assertThrows(IllegalArgumentException.class, () -> log.appendAll(List.of()));
        byte[] huge = new byte[MerkleLog.MAX_LEAF_BYTES + 1];
        assertThrows(InvalidInputException.class, () -> log.appendAll(List.of(leaf(1), huge)));
        assertEquals(1, log.size());
    }

    @Test
    void rootsEqualTheNaiveDefinitionAtEverySize() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        List<byte[]> leaves = appendLeaves(log, 70);
        for (int size = 0; size <= 70; size++) {
            assertArrayEquals(ReferenceTree.root(leaves.subList(0, size)), log.head(size).rootHash(), "size " + size);
        }
    }

    @Test
    void everyInclusionAndConsistencyProofVerifiesForEverySizeUpToTheExhaustiveBound() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        appendLeaves(log, exhaustiveSize());
        for (long size = 1; size <= exhaustiveSize(); size++) {
            byte[] root = log.head(size).rootHash();
            for (long index = 0; index < size; index++) {
                InclusionProof p = log.inclusionProof(index, size);
                assertEquals(VerificationResult.ok(),
                        MerkleVerifier.verifyInclusion(index, size, log.leafHash(index), p.hashBytes(), root));
            }
            for (long from = 0; from <= size; from++) {
                ConsistencyProof c = log.consistencyProof(from, size);
                assertEquals(VerificationResult.ok(), MerkleVerifier.verifyConsistency(from, size, c.hashBytes(),
                        log.head(from).rootHash(), root), from + ".." + size);
            }
        }
    }

    @Test
    void aLogRewrittenBehindAnEarlierCheckpointFailsTheConsistencyProofNamingTheOldRoot() throws Exception {
        MerkleLog honest = new MerkleLog(newStore());
        appendLeaves(honest, 5);
        TreeHead published = honest.head();
        MerkleLog rewritten = new MerkleLog(newStore());
        for (int i = 0; i < 8; i++) {
            rewritten.append(i == 2 ? "back-dated event".getBytes(StandardCharsets.UTF_8) : leaf(i));
        }
        ConsistencyProof proof = rewritten.consistencyProof(5, 8);
        VerificationResult r = MerkleVerifier.verifyConsistency(5, 8, proof.hashBytes(), published.rootHash(),
                rewritten.head().rootHash());
        assertTrue(r.reason().startsWith("consistency proof gives old root "), r.reason());
        assertTrue(r.reason().endsWith("the old checkpoint says " + published.rootBase64()), r.reason());
    }

    @Test
    void leafDataComesBackExactly() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        List<byte[]> leaves = appendLeaves(log, 5);
        List<byte[]> back = log.leafData(1, 4);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(leaves.get(i + 1), back.get(i));
        }
    }

    @Test
    void proofsReadALogarithmicNumberOfStoredNodes() throws Exception {
        CountingStore counting = new CountingStore(newStore());
        MerkleLog log = new MerkleLog(counting);
        appendLeaves(log, 1000);
        counting.reads = 0;
        log.inclusionProof(377, 999);
        assertTrue(counting.reads <= 2 * 10 + 2, "inclusion proof read " + counting.reads + " nodes");
        counting.reads = 0;
        log.consistencyProof(377, 999);
        assertTrue(counting.reads <= 2 * 10 + 2, "consistency proof read " + counting.reads + " nodes");
        counting.reads = 0;
        log.append(leaf(1000));
        assertTrue(counting.reads <= 10, "append read " + counting.reads + " nodes");
    }

    @Test
    void outOfRangeSizesAndIndexesAreInvalidInputNamingTheField() throws Exception {
        MerkleLog log = new MerkleLog(newStore());
        appendLeaves(log, 3);
        assertEquals("treeSize", assertThrows(InvalidInputException.class, () -> log.inclusionProof(0, 4))
                .fieldErrors().get(0).field());
        assertEquals("leafIndex", assertThrows(InvalidInputException.class, () -> log.inclusionProof(3, 3))
                .fieldErrors().get(0).field());
        assertEquals("leafIndex", assertThrows(InvalidInputException.class, () -> log.inclusionProof(-1, 3))
                .fieldErrors().get(0).field());
        assertEquals("from", assertThrows(InvalidInputException.class, () -> log.consistencyProof(3, 2))
                .fieldErrors().get(0).field());
        assertEquals("to", assertThrows(InvalidInputException.class, () -> log.consistencyProof(1, 9))
                .fieldErrors().get(0).field());
        assertEquals("treeSize", assertThrows(InvalidInputException.class, () -> log.head(-1))
                .fieldErrors().get(0).field());
    }

    /** Counts node reads to show proofs never walk the whole tree. */
    static final class CountingStore implements LogStore {
        final LogStore delegate;
        int reads;

        CountingStore(LogStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public long size() {
            return delegate.size();
        }

        @Override
        public Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
            reads += ids.size();
            return delegate.nodes(ids);
        }

        @Override
        public void appendAll(long firstIndex, List<byte[]> leafData, List<NodeHash> completedNodes) {
            delegate.appendAll(firstIndex, leafData, completedNodes);
        }

        @Override
        public List<byte[]> leafData(long start, long end) {
            return delegate.leafData(start, end);
        }
    }
}
