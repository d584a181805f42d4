package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.id.TimeOrderedIds;

/** Queue then sequence, on real embedded Derby with the archive's migrations, one connection per transaction. */
class LogSequencerTest {
    private final List<Connection> open = new ArrayList<>();
    private String url;

    @BeforeEach
    void migrate() {
        url = "jdbc:derby:memory:sequencer-" + UUID.randomUUID() + ";create=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : open) {
            c.rollback();
            c.close();
        }
    }

    private Connection transaction() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        open.add(c);
        return c;
    }

    private static byte[] leaf(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private long queueAndCommit(String data) throws SQLException {
        Connection c = transaction();
        long entry = new JdbcLogQueue(c).enqueue(leaf(data));
        c.commit();
        return entry;
    }

    private int sequenceAndCommit(LogSequencer sequencer) throws SQLException {
        Connection c = transaction();
        int n = sequencer.sequenceBatch(c);
        c.commit();
        return n;
    }

    @Test
    void queuedLeavesBecomeLeavesInEntryOrderAndTheQueueEmpties() throws SQLException {
        long a = queueAndCommit("a");
        long b = queueAndCommit("b");
        long c = queueAndCommit("c");
        assertEquals(3, sequenceAndCommit(LogSequencer.withBatch(100)));
        Connection read = transaction();
        JdbcLogQueue queue = new JdbcLogQueue(read);
        assertEquals(OptionalLong.of(0), queue.leafIndexOf(a));
        assertEquals(OptionalLong.of(1), queue.leafIndexOf(b));
        assertEquals(OptionalLong.of(2), queue.leafIndexOf(c));
        assertTrue(queue.isEmpty());
        MerkleLog log = new MerkleLog(new JdbcLogStore(read));
        assertEquals(3, log.size());
        assertArrayEquals(ReferenceTree.root(List.of(leaf("a"), leaf("b"), leaf("c"))), log.head().rootHash());
        assertEquals(0, LogSequencer.withBatch(100).sequenceBatch(read));
    }

    @Test
    void aRolledBackTransactionLeavesNoLeafAndNoGap() throws SQLException {
        queueAndCommit("kept 1");
        Connection rolledBack = transaction();
        long lost = new JdbcLogQueue(rolledBack).enqueue(leaf("rolled back"));
        rolledBack.rollback();
        queueAndCommit("kept 2");
        assertEquals(2, sequenceAndCommit(LogSequencer.withBatch(100)));
        Connection read = transaction();
        assertEquals(OptionalLong.empty(), new JdbcLogQueue(read).leafIndexOf(lost));
        List<byte[]> leaves = new MerkleLog(new JdbcLogStore(read)).leafData(0, 2);
        assertEquals("kept 1", new String(leaves.get(0), StandardCharsets.UTF_8));
        assertEquals("kept 2", new String(leaves.get(1), StandardCharsets.UTF_8));
    }

    @Test
    void aBatchNeverExceedsItsSizeAndTheRestWaitsForTheNextBatch() throws SQLException {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            queueAndCommit("leaf " + i);
            all.add(leaf("leaf " + i));
        }
        LogSequencer sequencer = LogSequencer.withBatch(3);
        assertEquals(3, sequenceAndCommit(sequencer));
        assertEquals(3, sequenceAndCommit(sequencer));
        assertEquals(1, sequenceAndCommit(sequencer));
        assertEquals(0, sequenceAndCommit(sequencer));
        assertArrayEquals(ReferenceTree.root(all), new MerkleLog(new JdbcLogStore(transaction())).head().rootHash());
    }

    @Test
    void anOversizedLeafIsRefusedAtTheQueue() throws SQLException {
        Connection c = transaction();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new JdbcLogQueue(c).enqueue(new byte[MerkleLog.MAX_LEAF_BYTES + 1]));
        assertTrue(e.getMessage().contains("at most " + MerkleLog.MAX_LEAF_BYTES));
        assertTrue(new JdbcLogQueue(c).isEmpty());
    }

    @Test
    void committedEntriesAreSequencedByKeyWithoutWaitingForATransactionStillOpen() throws SQLException {
        long first = queueAndCommit("first");
        Connection open = transaction();
        long pending = new JdbcLogQueue(open).enqueue(leaf("still open")); // its row stays locked
        long second = queueAndCommit("second");
        Connection c = transaction();
        assertEquals(2, LogSequencer.withBatch(10).sequenceEntries(c, List.of(second, first)));
        c.commit();
        JdbcLogQueue queue = new JdbcLogQueue(transaction());
        assertEquals(OptionalLong.of(0), queue.leafIndexOf(first));
        assertEquals(OptionalLong.of(1), queue.leafIndexOf(second));
        open.commit();
        assertEquals(OptionalLong.empty(), queue.leafIndexOf(pending));
        assertEquals(1, sequenceAndCommit(LogSequencer.withBatch(10)));
        assertEquals(OptionalLong.of(2), new JdbcLogQueue(transaction()).leafIndexOf(pending));
    }

    @Test
    void entriesAlreadySequencedOrUnknownAreSkipped() throws SQLException {
        long a = queueAndCommit("a");
        assertEquals(1, sequenceAndCommit(LogSequencer.withBatch(10)));
        long b = queueAndCommit("b");
        Connection c = transaction();
        assertEquals(1, LogSequencer.withBatch(10).sequenceEntries(c, List.of(a, b, 999_999L)));
        c.commit();
        assertEquals(OptionalLong.of(1), new JdbcLogQueue(transaction()).leafIndexOf(b));
    }

    @Test
    void moreEntriesThanTheBatchSizeAreRefused() throws SQLException {
        Connection c = transaction();
        assertThrows(IllegalArgumentException.class,
                () -> LogSequencer.withBatch(2).sequenceEntries(c, List.of(1L, 2L, 3L)));
    }

    @Test
    void aLookupOfMoreEntriesThanOneStatementTakesFindsThemAll() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(queueAndCommit("entry " + i));
            all.add(leaf("entry " + i));
        }
        Connection c = transaction();
        assertEquals(150, LogSequencer.withBatch(1000).sequenceEntries(c, ids));
        c.commit();
        assertArrayEquals(ReferenceTree.root(all), new MerkleLog(new JdbcLogStore(transaction())).head().rootHash());
    }

    @Test
    void aSweepStopsAtItsBoundAndNeverWaitsForATransactionOpenAboveIt() throws SQLException {
        long old = queueAndCommit("old");
        long bound = TimeOrderedIds.next(); // everything queued from here on is above the bound
        Connection open = transaction();
        new JdbcLogQueue(open).enqueue(leaf("still open, above the bound"));
        long recent = queueAndCommit("recent, above the bound");
        Connection c = transaction();
        assertEquals(1, LogSequencer.withBatch(10).sequenceBatch(c, bound));
        assertEquals(0, LogSequencer.withBatch(10).sequenceBatch(c, bound));
        c.commit();
        JdbcLogQueue queue = new JdbcLogQueue(transaction());
        assertEquals(OptionalLong.of(0), queue.leafIndexOf(old));
        assertEquals(OptionalLong.empty(), queue.leafIndexOf(recent));
        open.rollback();
    }

    @Test
    void entryIdsMadeAfterAnInstantAreAtOrAboveItsFirstId() {
        long before = TimeOrderedIds.firstIdAt(System.currentTimeMillis() - 1);
        assertTrue(TimeOrderedIds.next() >= before);
        assertTrue(TimeOrderedIds.firstIdAt(System.currentTimeMillis() + 60_000) > TimeOrderedIds.next());
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LogSequencer.withBatch(0));
    }
}
