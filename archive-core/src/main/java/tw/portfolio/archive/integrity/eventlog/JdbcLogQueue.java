package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import tw.portfolio.archive.id.TimeOrderedIds;

/**
 * The log's queue (migration {@code V7__event_log_queue.sql}) through plain JDBC on the caller's
 * connection: an event's transaction {@link #enqueue}s its leaf, and the {@link LogSequencer} later
 * moves queued leaves into the tree and records which entry became which leaf. Neither commits nor
 * closes the connection.
 */
public final class JdbcLogQueue {
    private static final int LOOKUP_CHUNK = 64;

    private final Connection connection;

    /** A queue on {@code connection} (typically the current transaction's). */
    public JdbcLogQueue(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** Queues one leaf in the caller's transaction; returns its entry id. */
    public long enqueue(byte[] leafData) {
        MerkleLog.requireLeafSize(leafData);
        long entryId = TimeOrderedIds.next();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO event_log_queue (entry_id, leaf_data) VALUES (?, ?)")) {
            ps.setLong(1, entryId);
            ps.setString(2, Base64.getEncoder().encodeToString(leafData));
            ps.executeUpdate();
            return entryId;
        } catch (SQLException e) {
            throw failure("queue a leaf", e);
        }
    }

    /** Whether nothing committed is waiting (rows of transactions still open may be waited for). */
    public boolean isEmpty() {
        return oldestIds(1, Long.MAX_VALUE).isEmpty();
    }

    /**
     * The ids of at most {@code max} queued entries below {@code beforeEntryId}, oldest first. The
     * scan stops at the bound, so rows queued after it are not waited for; rows below it whose
     * transaction is still open are (READ COMMITTED).
     */
    public List<Long> oldestIds(int max, long beforeEntryId) {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT entry_id FROM event_log_queue "
                + "WHERE entry_id < ? ORDER BY entry_id FETCH FIRST " + max + " ROWS ONLY")) {
            ps.setLong(1, beforeEntryId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read the queue", e);
        }
        return out;
    }

    /**
     * The queued leaves among {@code entryIds}, in entry order; ids no longer queued (already
     * sequenced) are absent. Each id is looked up by key, so rows of transactions still open
     * elsewhere are never waited for, as a scan of the queue would.
     */
    public List<QueuedLeaf> entries(Collection<Long> entryIds) {
        List<QueuedLeaf> out = new ArrayList<>();
        // The comment makes Derby probe the primary key even on a small table (where it would rather
        // scan, and wait on rows of open transactions); to any other database it is a comment.
        byKey("SELECT entry_id, leaf_data FROM event_log_queue --DERBY-PROPERTIES constraint=pk_event_log_queue\n",
                entryIds, "read queued entries",
                rs -> out.add(new QueuedLeaf(rs.getLong(1), Base64.getDecoder().decode(rs.getString(2)))));
        out.sort(java.util.Comparator.comparingLong(QueuedLeaf::entryId));
        return out;
    }

    /**
     * The entries among {@code entryIds} that already became leaves (recorded in
     * {@code event_log_entry}), looked up by key.
     */
    public Set<Long> sequencedAmong(Collection<Long> entryIds) {
        Set<Long> out = new TreeSet<>();
        byKey("SELECT entry_id FROM event_log_entry --DERBY-PROPERTIES constraint=pk_event_log_entry\n",
                entryIds, "read sequenced entries", rs -> out.add(rs.getLong(1)));
        return out;
    }

    /** Removes {@code entryIds} from the queue without appending them (they were appended already). */
    public void dequeue(Collection<Long> entryIds) {
        try (PreparedStatement remove = connection.prepareStatement("DELETE FROM event_log_queue WHERE entry_id = ?")) {
            for (long id : entryIds) {
                remove.setLong(1, id);
                remove.addBatch();
            }
            remove.executeBatch();
        } catch (SQLException e) {
            throw failure("remove sequenced entries from the queue", e);
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code select} + "WHERE entry_id IN (...)" over {@code entryIds}, {@value #LOOKUP_CHUNK} ids at a time. */
    private void byKey(String select, Collection<Long> entryIds, String what, RowReader reader) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(entryIds));
        if (ids.isEmpty()) {
            return;
        }
        String sql = select + "WHERE entry_id IN (" + "?, ".repeat(LOOKUP_CHUNK - 1) + "?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
                for (int i = 0; i < LOOKUP_CHUNK; i++) {
                    // a short last chunk repeats its last id: one statement text for every lookup
                    ps.setLong(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Records that {@code leaves} became leaves {@code firstLeafIndex}, {@code firstLeafIndex + 1},
     * ... and removes them from the queue, in the caller's transaction.
     */
    public void sequenced(List<QueuedLeaf> leaves, long firstLeafIndex) {
        try (PreparedStatement map = connection.prepareStatement(
                "INSERT INTO event_log_entry (entry_id, leaf_index) VALUES (?, ?)");
                PreparedStatement remove = connection.prepareStatement("DELETE FROM event_log_queue WHERE entry_id = ?")) {
            long index = firstLeafIndex;
            for (QueuedLeaf leaf : leaves) {
                map.setLong(1, leaf.entryId());
                map.setLong(2, index++);
                map.addBatch();
                remove.setLong(1, leaf.entryId());
                remove.addBatch();
            }
            map.executeBatch();
            remove.executeBatch();
        } catch (SQLException e) {
            throw failure("record sequenced entries", e);
        }
    }

    /** The leaf index entry {@code entryId} became, if it has been sequenced. */
    public OptionalLong leafIndexOf(long entryId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT leaf_index FROM event_log_entry WHERE entry_id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw failure("find entry " + entryId, e);
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("event log queue could not " + what + ": " + JdbcLogStore.describe(e), e);
    }
}
