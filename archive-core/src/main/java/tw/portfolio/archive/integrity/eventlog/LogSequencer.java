package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Moves queued leaves into the Merkle tree, oldest entry first, in batches: the second half of an
 * append (see {@link JdbcLogQueue}). One batch runs on the caller's connection and transaction: it
 * takes the {@code event_log_writer} row lock (so sequencers on several servers never compute the
 * same index), appends the batch with {@link MerkleLog#appendAll}, records entry → leaf and removes
 * the entries from the queue; the caller commits, making all of it durable at once.
 *
 * <p>A queued row whose transaction is still open is waited for (the scan is READ COMMITTED), so no
 * transaction may call this while it has queued leaves of its own and not yet committed.
 */
public final class LogSequencer {
    /** Leaves per batch by default: large enough to share one commit, small enough to keep it short. */
    public static final int DEFAULT_BATCH = 1000;

    private final int batch;

    private LogSequencer(int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive, was " + batch);
        }
        this.batch = batch;
    }

    /** A sequencer moving at most {@code batch} leaves per call. */
    public static LogSequencer withBatch(int batch) {
        return new LogSequencer(batch);
    }

    /**
     * Sequences the oldest batch of the whole queue on {@code connection}; returns how many leaves it
     * appended (0: queue empty). The recovery path: see {@link #sequenceBatch(Connection, long)}.
     */
    public int sequenceBatch(Connection connection) {
        return sequenceBatch(connection, Long.MAX_VALUE);
    }

    /**
     * Sequences the oldest batch of entries below {@code beforeEntryId} (after a crash, leaves queued
     * by another server, ids lost with a failed batch); returns how many leaves it appended. The scan
     * runs before the writer lock is taken and may wait for transactions still open below the bound
     * (a bound a few seconds in the past leaves every transaction still committing alone); the rows it
     * found are then read again by key under the lock, so nothing is sequenced twice.
     */
    public int sequenceBatch(Connection connection, long beforeEntryId) {
        Objects.requireNonNull(connection, "connection");
        JdbcLogQueue queue = new JdbcLogQueue(connection);
        List<Long> ids = queue.oldestIds(batch, beforeEntryId);
        if (ids.isEmpty()) {
            return 0;
        }
        lockWriter(connection);
        return append(connection, queue, queue.entries(ids));
    }

    /**
     * Sequences the given entries, known to be committed (the server hands over the entry ids of
     * each transaction that committed), looked up by key so nothing is waited for; entries already
     * sequenced are skipped. At most the batch size per call: the caller passes that many.
     */
    public int sequenceEntries(Connection connection, Collection<Long> committedEntryIds) {
        Objects.requireNonNull(connection, "connection");
        if (committedEntryIds.isEmpty()) {
            return 0;
        }
        if (committedEntryIds.size() > batch) {
            throw new IllegalArgumentException(committedEntryIds.size() + " entries, at most " + batch + " per batch");
        }
        lockWriter(connection);
        JdbcLogQueue queue = new JdbcLogQueue(connection);
        return append(connection, queue, queue.entries(committedEntryIds));
    }

    /** Leaves per batch. */
    public int batchSize() {
        return batch;
    }

    private static void lockWriter(Connection connection) {
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE event_log_writer SET appends = appends + 1 WHERE id = 1")) {
            lock.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("event log writer lock could not be taken: " + e.getMessage(), e);
        }
    }

    private static int append(Connection connection, JdbcLogQueue queue, List<QueuedLeaf> leaves) {
        if (leaves.isEmpty()) {
            return 0;
        }
        long first = new MerkleLog(new JdbcLogStore(connection)).appendAll(
                leaves.stream().map(QueuedLeaf::leafData).toList());
        queue.sequenced(leaves, first);
        return leaves.size();
    }
}
