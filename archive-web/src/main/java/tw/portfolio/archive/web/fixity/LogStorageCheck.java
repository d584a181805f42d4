package tw.portfolio.archive.web.fixity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.VerificationResult;
import tw.portfolio.archive.integrity.eventlog.Checkpoint;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.ConsistencyProof;
import tw.portfolio.archive.integrity.eventlog.EvidenceVerifier;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.integrity.eventlog.MerkleVerifier;
import tw.portfolio.archive.integrity.eventlog.ProofHashes;
import tw.portfolio.archive.integrity.eventlog.TreeHasher;

/**
 * The event log's own storage against every signed checkpoint the archive issued: each
 * checkpoint's signature; the leaves re-hashed and replayed into the roots the checkpoints sign
 * (a rewritten or deleted {@code event_log_leaf} row); and an RFC 9162 consistency proof from the
 * stored subtree hashes, from each checkpoint to the current tree (a rewritten or truncated
 * {@code event_log_node} table). At most {@link #MAX_PROOFS} proofs: the oldest, the latest and
 * checkpoints evenly spaced between them.
 */
final class LogStorageCheck {
    static final int MAX_PROOFS = 256;
    static final int MAX_LEAF_FAILURES = 20;
    private static final int BATCH = 1000;

    private final List<Ed25519PublicKey> trusted;
    private final Clock clock;

    LogStorageCheck(List<Ed25519PublicKey> trusted, Clock clock) {
        this.trusted = List.copyOf(trusted);
        this.clock = clock;
    }

    /** Checks the log on {@code c}; returns the failures. */
    List<AuditFailure> run(Connection c) throws SQLException {
        List<AuditFailure> failures = new ArrayList<>();
        List<Checkpoint> checkpoints = checkpoints(c, failures);
        MerkleLog log = new MerkleLog(new JdbcLogStore(c));
        long size = log.size();
        replay(c, log, size, checkpoints, failures);
        proveConsistency(log, size, sample(checkpoints), failures);
        return failures;
    }

    private List<Checkpoint> checkpoints(Connection c, List<AuditFailure> failures) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tree_size, note FROM event_log_checkpoint ORDER BY tree_size");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long size = rs.getLong(1);
                String note = rs.getString(2);
                VerificationResult signed = EvidenceVerifier.checkpoint(note, trusted);
                Checkpoint parsed = signed.valid() ? Checkpoints.parse(note) : null;
                if (parsed == null || parsed.treeSize() != size) {
                    failures.add(AuditFailure.ofLog("event_log_checkpoint " + size,
                            "a checkpoint of size " + size + " signed by a school key", signed.valid()
                                    ? "a checkpoint of size " + parsed.treeSize() : signed.reason(),
                            FailureKinds.CHECKPOINT_INVALID, clock.instant()));
                } else if (size > 0) {
                    out.add(parsed);
                }
            }
        }
        return out;
    }

    private void replay(Connection c, MerkleLog log, long size, List<Checkpoint> checkpoints,
            List<AuditFailure> failures) throws SQLException {
        RootReplay replay = new RootReplay();
        int next = 0;
        int leafFailures = 0;
        for (long start = 0; start < size && leafFailures < MAX_LEAF_FAILURES; start += BATCH) {
            long end = Math.min(size, start + BATCH);
            List<byte[]> leaves = log.leafData(start, end);
            if (leaves.size() != end - start) {
                failures.add(leafFailure(start, "leaves " + start + ".." + (end - 1) + " all present",
                        (end - start - leaves.size()) + " of them missing"));
                return;
            }
            Map<Long, String> stored = levelZero(c, start, end);
            for (long i = start; i < end; i++) {
                byte[] hash = TreeHasher.leafHash(leaves.get((int) (i - start)));
                String storedHash = stored.get(i);
                if (storedHash == null || !storedHash.equals(ProofHashes.encode(hash))) {
                    failures.add(leafFailure(i, storedHash == null ? "a stored leaf hash" : storedHash,
                            ProofHashes.encode(hash)));
                    if (++leafFailures >= MAX_LEAF_FAILURES) {
                        break;
                    }
                }
                replay.add(hash);
                while (next < checkpoints.size() && checkpoints.get(next).treeSize() == i + 1) {
                    Checkpoint cp = checkpoints.get(next++);
                    byte[] root = replay.root();
                    if (!Arrays.equals(root, cp.rootHash())) {
                        failures.add(inconsistent(cp, "the leaves hash to root " + ProofHashes.encode(root)));
                    }
                }
            }
        }
    }

    private void proveConsistency(MerkleLog log, long size, List<Checkpoint> checkpoints, List<AuditFailure> failures) {
        byte[] head;
        try {
            head = log.head().rootHash();
        } catch (RuntimeException e) {
            failures.add(AuditFailure.ofLog("event_log_node", "the current tree head", "cannot compute it: "
                    + e.getMessage(), FailureKinds.LOG_INCONSISTENT, clock.instant()));
            return;
        }
        for (Checkpoint cp : checkpoints) {
            if (cp.treeSize() > size) {
                failures.add(inconsistent(cp, "the log has only " + size + " leaves (truncated)"));
                continue;
            }
            VerificationResult r;
            try {
                ConsistencyProof proof = log.consistencyProof(cp.treeSize(), size);
                r = MerkleVerifier.verifyConsistency(cp.treeSize(), size, proof.hashBytes(), cp.rootHash(), head);
            } catch (RuntimeException e) {
                r = VerificationResult.failed("no proof from the stored hashes: " + e.getMessage());
            }
            if (!r.valid()) {
                failures.add(inconsistent(cp, r.reason()));
            }
        }
    }

    static List<Checkpoint> sample(List<Checkpoint> all) {
        if (all.size() <= MAX_PROOFS) {
            return all;
        }
        List<Checkpoint> out = new ArrayList<>(MAX_PROOFS);
        for (int k = 0; k < MAX_PROOFS; k++) {
            out.add(all.get((int) ((long) k * (all.size() - 1) / (MAX_PROOFS - 1))));
        }
        return out;
    }

    private static Map<Long, String> levelZero(Connection c, long start, long end) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT node_index, node_hash FROM event_log_node "
                + "WHERE node_level = 0 AND node_index >= ? AND node_index < ?")) {
            ps.setLong(1, start);
            ps.setLong(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private AuditFailure leafFailure(long index, String expected, String actual) {
        return AuditFailure.ofLog("event_log_leaf " + index, expected, actual, FailureKinds.LOG_LEAF_ALTERED,
                clock.instant());
    }

    private AuditFailure inconsistent(Checkpoint cp, String reason) {
        return AuditFailure.ofLog("event log", "consistent with checkpoint of size " + cp.treeSize() + " (root "
                + ProofHashes.encode(cp.rootHash()) + ")", "log not consistent with checkpoint of size "
                + cp.treeSize() + ": " + reason, FailureKinds.LOG_INCONSISTENT, clock.instant());
    }

    /** The RFC 9162 root of the leaves added so far, from a stack of perfect subtree roots. */
    static final class RootReplay {
        private final List<byte[]> stack = new ArrayList<>();
        private final List<Integer> heights = new ArrayList<>();

        void add(byte[] leafHash) {
            byte[] h = leafHash;
            int height = 0;
            while (!heights.isEmpty() && heights.get(heights.size() - 1) == height) {
                h = TreeHasher.nodeHash(stack.remove(stack.size() - 1), h);
                heights.remove(heights.size() - 1);
                height++;
            }
            stack.add(h);
            heights.add(height);
        }

        byte[] root() {
            if (stack.isEmpty()) {
                return TreeHasher.emptyRoot();
            }
            byte[] r = stack.get(stack.size() - 1);
            for (int i = stack.size() - 2; i >= 0; i--) {
                r = TreeHasher.nodeHash(stack.get(i), r);
            }
            return r;
        }
    }
}
