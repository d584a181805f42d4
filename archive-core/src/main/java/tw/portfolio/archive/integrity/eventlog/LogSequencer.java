package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tw.portfolio.archive.persistence.LocalTransaction;

/**
 * Moves queued leaves into the Merkle tree, oldest entry first, in batches: the second half of an
 * append (see {@link JdbcLogQueue}). One batch is one transaction that this class begins and commits
 * itself on the connection it is given ({@link LocalTransaction}): it takes the
 * {@code event_log_writer} row lock (so sequencers on several servers never compute the same index),
 * appends the batch with {@link MerkleLog#appendAll} (leaves and subtree hashes), records entry →
 * leaf and removes the entries from the queue, and commits all of it at once. A crash at any point
 * leaves either all of it or none of it.
 *
 * <p>Idempotent by entry: an entry already recorded in {@code event_log_entry} (it became a leaf)
 * is never appended again; if it is still queued (a store that once committed statement by
 * statement could leave that behind) its queue row is removed.
 *
 * <p>The connection must carry no other work (it is committed with the batch) and must not be
 * enlisted in a container transaction. A queued row whose transaction is still open is waited for
 * (the scan is READ COMMITTED), so no thread may call this while its own transaction has queued
 * leaves and not yet committed.
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
     * Sequences the oldest batch of the whole queue on {@code connection}; returns how many queue
     * entries it settled: appended, or dropped as appended already (0: queue empty). The recovery path: see {@link #sequenceBatch(Connection, long)}.
     */
    public int sequenceBatch(Connection connection) {
        return sequenceBatch(connection, Long.MAX_VALUE);
    }

    /**
     * Sequences the oldest batch of entries below {@code beforeEntryId} (after a crash, leaves queued
     * by another server, ids lost with a failed batch); returns how many entries it settled. The scan
     * runs before the writer lock is taken and may wait for transactions still open below the bound
     * (a bound a few seconds in the past leaves every transaction still committing alone); the rows it
     * found are then read again by key under the lock, so nothing is sequenced twice.
     */
    public int sequenceBatch(Connection connection, long beforeEntryId) {
        Objects.requireNonNull(connection, "connection");
        return LocalTransaction.run(connection, "sequence queued event log leaves", () -> {
            JdbcLogQueue queue = new JdbcLogQueue(connection);
            List<Long> ids = queue.oldestIds(batch, beforeEntryId);
            if (ids.isEmpty()) {
                return 0;
            }
            lockWriter(connection);
            return append(connection, queue, queue.entries(ids));
        });
    }

    /**
     * Sequences the given entries, known to be committed (the server hands over the entry ids of
     * each transaction that committed), looked up by key so nothing is waited for; entries already
     * sequenced are skipped. At most the batch size per call: the caller passes that many. Returns how
     * many entries it settled (appended, or dropped from the queue as appended already).
     */
    public int sequenceEntries(Connection connection, Collection<Long> committedEntryIds) {
        Objects.requireNonNull(connection, "connection");
        if (committedEntryIds.isEmpty()) {
            return 0;
        }
        if (committedEntryIds.size() > batch) {
            throw new IllegalArgumentException(committedEntryIds.size() + " entries, at most " + batch + " per batch");
        }
        return LocalTransaction.run(connection, "sequence committed event log leaves", () -> {
            lockWriter(connection);
            JdbcLogQueue queue = new JdbcLogQueue(connection);
            return append(connection, queue, queue.entries(committedEntryIds));
        });
    }

    /** Leaves per batch. */
    public int batchSize() {
        return batch;
    }

    static void lockWriter(Connection connection) {
        try (PreparedStatement lock = connection.prepareStatement(
                "UPDATE event_log_writer SET appends = appends + 1 WHERE id = 1")) {
            lock.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("event log writer lock could not be taken: " + JdbcLogStore.describe(e), e);
        }
    }

    private static int append(Connection connection, JdbcLogQueue queue, List<QueuedLeaf> queued) {
        if (queued.isEmpty()) {
            return 0;
        }
        Set<Long> appended = queue.sequencedAmong(queued.stream().map(QueuedLeaf::entryId).toList());
        if (!appended.isEmpty()) {
            queue.dequeue(appended);
        }
        List<QueuedLeaf> leaves = queued.stream().filter(q -> !appended.contains(q.entryId())).toList();
        if (leaves.isEmpty()) {
            return appended.size();
        }
        long first = new MerkleLog(new JdbcLogStore(connection)).appendAll(
                leaves.stream().map(QueuedLeaf::leafData).toList());
        queue.sequenced(leaves, first);
        return queued.size();
    }
}
