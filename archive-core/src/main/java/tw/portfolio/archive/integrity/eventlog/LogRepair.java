package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.persistence.LocalTransaction;

/**
 * Makes the stored tree complete again after a crash, at start-up, before anything is appended. The
 * leaves are the log; the subtree hashes in {@code event_log_node} are derived from them. A store
 * that once committed statement by statement could be killed after a batch's leaves and before their
 * hashes: appends then failed ("lacks subtree") and so did every proof. This finds the first missing
 * hash of every level, recomputes every hash from the leaf where the first gap starts, inserts the
 * missing ones and checks that the ones still stored agree; node rows beyond the last leaf (hashes
 * of leaves that were never committed) are removed. All of it in one transaction holding the
 * writer lock.
 *
 * <p>What cannot be repaired is refused with an {@link IntegrityViolationException} naming it: a
 * missing leaf (the log itself lost an entry), or a stored hash that differs from the hash of its
 * leaves (altered storage, for the fixity audit and an operator, never to be overwritten).
 */
public final class LogRepair {
    private static final int CHUNK = 4096;

    /** What a repair found: the tree size, the first leaf whose hashes were rebuilt, how many rows. */
    public record Outcome(long treeSize, long rebuiltFrom, int nodesRebuilt, int nodesRemoved) {
        /** True when the stored tree was complete already. */
        public boolean complete() {
            return nodesRebuilt == 0 && nodesRemoved == 0;
        }

        /** One line for the server log. */
        public String describe() {
            return complete() ? "event log tree of " + treeSize + " leaves is complete"
                    : "event log tree of " + treeSize + " leaves repaired: " + nodesRebuilt
                            + " missing node hash(es) rebuilt from leaves " + rebuiltFrom + ".." + (treeSize - 1)
                            + ", " + nodesRemoved + " node row(s) beyond the last leaf removed";
        }
    }

    private LogRepair() {
    }

    /** Checks the tree on {@code connection} (not enlisted elsewhere) and repairs it; see the class. */
    public static Outcome repair(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return LocalTransaction.run(connection, "repair the event log's stored tree", () -> {
            LogSequencer.lockWriter(connection);
            return repairLocked(connection);
        });
    }

    private static Outcome repairLocked(Connection c) throws SQLException {
        long size = leafCount(c);
        int removed = 0;
        long from = size;
        for (int level = 0; level < Long.SIZE - 1 && (size >> level > 0 || nodes(c, level, 0, Long.MAX_VALUE) > 0);
                level++) {
            long expected = size >> level;
            removed += removeBeyond(c, level, expected);
            if (nodes(c, level, 0, expected) < expected) {
                from = Math.min(from, firstMissing(c, level, expected) << level);
            }
        }
        int rebuilt = 0;
        JdbcLogStore store = new JdbcLogStore(c);
        MerkleLog log = new MerkleLog(store);
        for (long start = from; start < size; start += CHUNK) {
            long end = Math.min(size, start + CHUNK);
            rebuilt += rebuild(store, log.completedNodes(start, store.leafData(start, end)));
        }
        return new Outcome(size, from, rebuilt, removed);
    }

    /** Inserts the hashes the store lacks; refuses a stored hash that differs. */
    private static int rebuild(JdbcLogStore store, List<NodeHash> computed) {
        Map<NodeId, byte[]> stored = store.nodes(computed.stream().map(NodeHash::id).toList());
        for (NodeHash n : computed) {
            byte[] s = stored.get(n.id());
            if (s != null && !Arrays.equals(s, n.hash())) {
                throw new IntegrityViolationException("event log node " + n.id() + " is stored as "
                        + ProofHashes.encode(s) + " but its leaves hash to " + ProofHashes.encode(n.hash())
                        + ": the log storage was altered; it is not overwritten");
            }
        }
        List<NodeHash> missing = computed.stream().filter(n -> !stored.containsKey(n.id())).toList();
        store.putNodes(missing);
        return missing.size();
    }

    private static long leafCount(Connection c) throws SQLException {
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(leaf_index) FROM event_log_leaf");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            count = rs.getLong(1);
            long max = rs.getLong(2);
            if (!rs.wasNull() && max + 1 != count) {
                throw new IntegrityViolationException("event_log_leaf holds " + count + " leaves up to index " + max
                        + ": " + (max + 1 - count) + " leaf row(s) are missing; the log cannot be rebuilt from its leaves");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(tree_size) FROM event_log_checkpoint");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long signed = rs.getLong(1);
            if (signed > count) {
                throw new IntegrityViolationException("event_log_leaf holds " + count + " leaves but a checkpoint of "
                        + signed + " leaves was issued: the log was truncated");
            }
        }
        return count;
    }

    /** The smallest index below {@code expected} at {@code level} with no row (one is known to be missing). */
    private static long firstMissing(Connection c, int level, long expected) throws SQLException {
        long lo = 0;
        long hi = expected - 1;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (nodes(c, level, 0, mid + 1) < mid + 1) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static long nodes(Connection c, int level, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM event_log_node "
                + "WHERE node_level = ? AND node_index >= ? AND node_index < ?")) {
            ps.setInt(1, level);
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int removeBeyond(Connection c, int level, long expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM event_log_node WHERE node_level = ? AND node_index >= ?")) {
            ps.setInt(1, level);
            ps.setLong(2, expected);
            return ps.executeUpdate();
        }
    }
}
