package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.IntegrityViolationException;

/**
 * The states a crash can leave the log's tables in, made directly in real embedded Derby, and what
 * the sequencer and {@link LogRepair} make of them. The sequencer is handed connections as a pool
 * hands them out: auto-commit on, so only its own transaction keeps a batch whole.
 */
class CrashStatesTest {
    private final List<Connection> open = new ArrayList<>();
    private final List<byte[]> queued = new ArrayList<>();
    private String url;

    @BeforeEach
    void migrate() {
        url = "jdbc:derby:memory:crash-" + UUID.randomUUID() + ";create=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void close() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    private Connection pooled() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        open.add(c);
        return c;
    }

    private long queue(String data) throws SQLException {
        queued.add(data.getBytes(StandardCharsets.UTF_8));
        return new JdbcLogQueue(pooled()).enqueue(queued.get(queued.size() - 1));
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = pooled().createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = pooled().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private MerkleLog log() throws SQLException {
        return new MerkleLog(new JdbcLogStore(pooled()));
    }

    private void sequenceAll(int leaves) throws SQLException {
        for (int i = 0; i < leaves; i++) {
            queue("event " + i);
        }
        LogSequencer.withBatch(1000).sequenceBatch(pooled());
    }

    @Test
    void aBatchThatFailsBetweenItsLeavesAndItsNodesLeavesNoLeafBehindAndItsEntriesQueued() throws SQLException {
        long a = queue("a");
        queue("b");
        queue("c");
        sql("INSERT INTO event_log_node (node_level, node_index, node_hash) VALUES (1, 0, 'planted')");
        Connection c = pooled();
        assertThrows(ConflictException.class, () -> LogSequencer.withBatch(10).sequenceBatch(c));
        assertEquals(0, count("event_log_leaf"), "the leaves were inserted before the nodes failed");
        assertEquals(0, count("event_log_entry"));
        assertEquals(3, count("event_log_queue"));
        assertTrue(c.getAutoCommit(), "the connection goes back to the pool as it came");
        sql("DELETE FROM event_log_node");
        assertEquals(3, LogSequencer.withBatch(10).sequenceBatch(pooled()));
        assertEquals(OptionalLong.of(0), new JdbcLogQueue(pooled()).leafIndexOf(a));
        assertArrayEquals(ReferenceTree.root(queued), log().head().rootHash());
    }

    @Test
    void anEntryRecordedAsSequencedButStillQueuedIsDequeuedAndNeverAppendedAgain() throws SQLException {
        long a = queue("a");
        sequenceAll(2);
        // the crash state: entry a recorded in event_log_entry, its queue row not yet deleted
        String leafA = Base64.getEncoder().encodeToString(queued.get(0));
        sql("INSERT INTO event_log_queue (entry_id, leaf_data) VALUES (" + a + ", '" + leafA + "')");
        long later = queue("later");
        assertEquals(2, LogSequencer.withBatch(10).sequenceBatch(pooled()), "a dropped, later appended");
        assertEquals(4, log().size(), "a, event 0, event 1, later: a is not appended twice");
        assertEquals(0, count("event_log_queue"));
        assertEquals(OptionalLong.of(0), new JdbcLogQueue(pooled()).leafIndexOf(a));
        assertEquals(OptionalLong.of(3), new JdbcLogQueue(pooled()).leafIndexOf(later));
        assertArrayEquals(ReferenceTree.root(queued), log().head().rootHash());
    }

    @Test
    void committedEntriesHandedOverTwiceAreAppendedOnce() throws SQLException {
        long a = queue("a");
        long b = queue("b");
        LogSequencer sequencer = LogSequencer.withBatch(10);
        assertEquals(2, sequencer.sequenceEntries(pooled(), List.of(a, b)));
        String leafB = Base64.getEncoder().encodeToString(queued.get(1));
        sql("INSERT INTO event_log_queue (entry_id, leaf_data) VALUES (" + b + ", '" + leafB + "')");
        assertEquals(1, sequencer.sequenceEntries(pooled(), List.of(a, b)), "b dropped from the queue");
        assertEquals(2, log().size());
        assertEquals(0, count("event_log_queue"));
    }

    @Test
    void leavesWithoutTheirNodeHashesAreRebuiltAndTheOldTreeHeadsStillProve() throws SQLException {
        sequenceAll(8);
        byte[] rootAt8 = log().head().rootHash();
        queue("event 8");
        queue("event 9");
        queue("event 10");
        assertEquals(3, LogSequencer.withBatch(10).sequenceBatch(pooled()));
        // the crash state: the last batch's leaves committed, its hashes not
        long lost = count("event_log_node");
        sql("DELETE FROM event_log_node WHERE node_level = 0 AND node_index >= 8");
        sql("DELETE FROM event_log_node WHERE node_level = 1 AND node_index >= 4");
        lost -= count("event_log_node");
        queue("event 11");
        IllegalStateException broken = assertThrows(IllegalStateException.class,
                () -> LogSequencer.withBatch(10).sequenceBatch(pooled()));
        assertTrue(broken.getMessage().contains("lacks subtree"), broken.getMessage());

        LogRepair.Outcome outcome = LogRepair.repair(pooled());

        assertEquals(new LogRepair.Outcome(11, 8, (int) lost, 0), outcome);
        assertEquals(1, LogSequencer.withBatch(10).sequenceBatch(pooled()));
        MerkleLog log = log();
        assertArrayEquals(ReferenceTree.root(queued), log.head().rootHash());
        assertTrue(MerkleVerifier.verifyConsistency(8, 12, log.consistencyProof(8, 12).hashBytes(), rootAt8,
                log.head().rootHash()).valid());
    }

    @Test
    void aCompleteTreeIsLeftAsItIs() throws SQLException {
        sequenceAll(13);
        long nodes = count("event_log_node");
        LogRepair.Outcome outcome = LogRepair.repair(pooled());
        assertTrue(outcome.complete(), outcome.describe());
        assertEquals(13, outcome.treeSize());
        assertEquals(nodes, count("event_log_node"));
    }

    @Test
    void aHashMissingDeepInsideTheTreeIsFoundAndRebuilt() throws SQLException {
        sequenceAll(13);
        byte[] root = log().head().rootHash();
        sql("DELETE FROM event_log_node WHERE node_level = 0 AND node_index = 2");
        sql("DELETE FROM event_log_node WHERE node_level = 2 AND node_index = 0");
        LogRepair.Outcome outcome = LogRepair.repair(pooled());
        assertEquals(new LogRepair.Outcome(13, 0, 2, 0), outcome);
        assertArrayEquals(root, log().head().rootHash());
    }

    @Test
    void nodeRowsBeyondTheLastLeafAreRemovedSoTheTreeCanGrowIntoThem() throws SQLException {
        sequenceAll(5);
        sql("INSERT INTO event_log_node (node_level, node_index, node_hash) VALUES (0, 5, 'stray')");
        assertEquals(new LogRepair.Outcome(5, 5, 0, 1), LogRepair.repair(pooled()));
        queue("event 5");
        assertEquals(1, LogSequencer.withBatch(10).sequenceBatch(pooled()));
        assertArrayEquals(ReferenceTree.root(queued), log().head().rootHash());
    }

    @Test
    void aStoredHashThatDisagreesWithItsLeavesIsRefusedAndNotOverwritten() throws SQLException {
        sequenceAll(6);
        sql("DELETE FROM event_log_node WHERE node_level = 0 AND node_index = 5");
        sql("UPDATE event_log_node SET node_hash = '" + Base64.getEncoder().encodeToString(new byte[32])
                + "' WHERE node_level = 1 AND node_index = 2");
        IntegrityViolationException e = assertThrows(IntegrityViolationException.class,
                () -> LogRepair.repair(pooled()));
        assertTrue(e.getMessage().startsWith("event log node NodeId[level=1, index=2] is stored as AAAA"), e.getMessage());
        try (PreparedStatement ps = pooled().prepareStatement(
                "SELECT COUNT(*) FROM event_log_node WHERE node_level = 0 AND node_index = 5");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getLong(1), "nothing of a refused repair is kept");
        }
    }

    @Test
    void aMissingLeafCannotBeRepaired() throws SQLException {
        sequenceAll(6);
        sql("DELETE FROM event_log_leaf WHERE leaf_index = 3");
        IntegrityViolationException e = assertThrows(IntegrityViolationException.class,
                () -> LogRepair.repair(pooled()));
        assertEquals("event_log_leaf holds 5 leaves up to index 5: 1 leaf row(s) are missing; the log cannot be "
                + "rebuilt from its leaves", e.getMessage());
    }

    @Test
    void aLogShorterThanACheckpointItIssuedIsReportedAsTruncated() throws SQLException {
        sequenceAll(4);
        sql("INSERT INTO event_log_checkpoint (tree_size, note, issued_at) VALUES (9, 'note', CURRENT_TIMESTAMP)");
        IntegrityViolationException e = assertThrows(IntegrityViolationException.class,
                () -> LogRepair.repair(pooled()));
        assertEquals("event_log_leaf holds 4 leaves but a checkpoint of 9 leaves was issued: the log was truncated",
                e.getMessage());
    }
}
