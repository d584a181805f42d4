package tw.portfolio.archive.web.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.eventlog.JdbcLogQueue;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.LogRepair;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * The {@code eventLog} readiness check against the archive's own sequencer and log on real embedded
 * Derby (wired by hand, as the container would): a tree that lost a subtree hash makes every sweep
 * fail and the check say why; the start-up repair makes it sequence and the check pass again.
 */
class EventLogHealthCheckTest {
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final MerkleEventLog log = new MerkleEventLog();
    @TempDir
    Path tmp;
    /** Outside the container every call runs without a transaction, as the start-up recovery does. */
    private static final jakarta.transaction.TransactionSynchronizationRegistry NO_TRANSACTION =
            (jakarta.transaction.TransactionSynchronizationRegistry) java.lang.reflect.Proxy.newProxyInstance(
                    EventLogHealthCheckTest.class.getClassLoader(),
                    new Class<?>[] {jakarta.transaction.TransactionSynchronizationRegistry.class}, (p, m, a) -> {
                        if (m.getName().equals("getTransactionKey") || m.getName().equals("getResource")) {
                            return null;
                        }
                        throw new IllegalStateException("no transaction: " + m.getName());
                    });
    private final EventLogSequencer sequencer = new EventLogSequencer();
    private final EventLogHealthCheck check = new EventLogHealthCheck();

    @BeforeEach
    void wire() {
        dataSource.setDatabaseName("memory:health-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        log.dataSource = dataSource;
        log.sequencer = sequencer;
        log.transactions = NO_TRANSACTION;
        sequencer.log = log;
        sequencer.sequenceMillis = 1000;
        sequencer.batchSize = 100;
        sequencer.configure();
        check.sequencer = sequencer;
        check.recovery = new EventLogRecovery();
        check.checkpoints = new CheckpointService();
        check.checkpoints.dataSource = dataSource;
        check.checkpoints.log = log;
        check.checkpoints.keys = SchoolKeyRing.openOrCreate(tmp.resolve("school.p12"), "secret".toCharArray());
        check.checkpoints.clock = Clock.systemUTC();
        check.checkpoints.origin = "test.local/log";
        check.recovery.log = log;
        check.recovery.sequencer = sequencer;
        check.recovery.checkpoints = check.checkpoints;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private long size() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new MerkleLog(new JdbcLogStore(c)).size();
        }
    }

    @Test
    void aTreeMissingAHashIsNotReadyWithTheReasonUntilTheRepairLetsTheSweepsSequenceAgain() throws SQLException {
        assertEquals("the sequencer has not started", check.reason(System.currentTimeMillis()));
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 3; i++) {
                new JdbcLogQueue(c).enqueue(("event " + i).getBytes(StandardCharsets.UTF_8));
            }
            LogSequencer.withBatch(10).sequenceBatch(c);
        }
        sql("DELETE FROM event_log_node WHERE node_level = 0 AND node_index = 2");
        sql("INSERT INTO event_log_queue (entry_id, leaf_data) VALUES (1, 'bGVmdCBxdWV1ZWQ=')"); // queued long ago

        assertThrows(IllegalStateException.class, sequencer::sweepRecorded);

        assertEquals("sequencing fails, queued leaves wait: the log store lacks subtree NodeId[level=0, index=2] "
                + "of a complete tree", check.reason(System.currentTimeMillis()));
        assertEquals(3, size());

        LogRepair.Outcome repaired = log.repair();
        sequencer.sweepRecorded();

        assertEquals(1, repaired.nodesRebuilt());
        assertEquals(4, size());
        long now = System.currentTimeMillis();
        assertNull(check.reason(now));
        assertEquals("no sequencer sweep succeeded for 31 s", check.reason(sequencer.lastSweep() + 31_000));
    }

    /**
     * A start-up recovery that fails for a reason that passes (here: the writer lock held elsewhere
     * past Derby's lock timeout) keeps the archive unready only until a retry succeeds: the retry
     * sequences what was queued and issues the checkpoint, and the check passes.
     */
    @Test
    void aRecoveryThatFailedOnALockTimeoutIsRetriedAndThenTheLogIsReady() throws SQLException {
        sql("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < 3; i++) {
                new JdbcLogQueue(c).enqueue(("left queued by a crash " + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeUpdate("UPDATE event_log_writer SET appends = appends + 1 WHERE id = 1");
            }
            check.recovery.recover();
            String reason = check.reason(System.currentTimeMillis());
            assertTrue(reason.startsWith("start-up recovery failed: event log writer lock could not be taken: "), reason);
            assertTrue(reason.contains("[SQLState 40XL1]"), reason);
            assertEquals(0, size());
            holder.rollback();
        }
        sequencer.sweepRecorded(); // the sweeps run meanwhile; the recovery's failure still stands
        assertTrue(check.reason(System.currentTimeMillis()).startsWith("start-up recovery failed"));

        check.recovery.retry();

        assertNull(check.recovery.failure());
        assertEquals(3, size());
        assertEquals(3, check.checkpoints.latestParsed().orElseThrow().treeSize());
        assertNull(check.reason(System.currentTimeMillis()));
    }
}
