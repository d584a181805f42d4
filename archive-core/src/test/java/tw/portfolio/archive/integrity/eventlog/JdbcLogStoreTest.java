package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.InvalidInputException;

/** The contract against real embedded Derby, with the schema created by Flyway from V2. */
class JdbcLogStoreTest extends LogStoreContract {
    private final List<Connection> open = new ArrayList<>();

    @Override
    LogStore newStore() throws SQLException {
        return new JdbcLogStore(migratedConnection());
    }

    private Connection migratedConnection() throws SQLException {
        String url = "jdbc:derby:memory:eventlog-" + UUID.randomUUID() + ";create=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
        Connection c = DriverManager.getConnection(url);
        open.add(c);
        return c;
    }

    @Override
    int exhaustiveSize() {
        return 19;
    }

    @AfterEach
    void closeConnections() throws SQLException {
        for (Connection c : open) {
            c.close();
        }
    }

    @Test
    void aTruncatedTableCannotProduceTheEarlierTreeHeadAnyMore() throws SQLException {
        Connection c = migratedConnection();
        MerkleLog log = new MerkleLog(new JdbcLogStore(c));
        for (int i = 0; i < 6; i++) {
            log.append(("event " + i).getBytes(StandardCharsets.UTF_8));
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event_log_leaf WHERE leaf_index >= 4");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> log.consistencyProof(5, 6));
        assertEquals("to: must be between 0 and the log size (4), was 6", e.getMessage());
    }

    @Test
    void issuedCheckpointsAreKeptBySizeAndTheLatestIsFound() throws SQLException {
        Connection c = migratedConnection();
        MerkleLog log = new MerkleLog(new JdbcLogStore(c));
        JdbcCheckpointStore checkpoints = new JdbcCheckpointStore(c);
        var key = tw.portfolio.archive.integrity.crypto.SigningKey.generate(new java.security.SecureRandom());
        assertEquals(java.util.Optional.empty(), checkpoints.latest());
        log.append("one".getBytes(StandardCharsets.UTF_8));
        String first = Checkpoints.sign(Checkpoint.of("origin", log.head()), "school", key);
        checkpoints.save(first, java.time.Instant.parse("2026-11-28T08:00:00Z"));
        log.append("two".getBytes(StandardCharsets.UTF_8));
        String second = Checkpoints.sign(Checkpoint.of("origin", log.head()), "school", key);
        checkpoints.save(second, java.time.Instant.parse("2026-11-28T08:00:05Z"));
        assertEquals(java.util.Optional.of(second), checkpoints.latest());
        assertEquals(java.util.Optional.of(first), checkpoints.ofSize(1));
        assertEquals(java.util.Optional.empty(), checkpoints.ofSize(3));
    }

    @Test
    void aSecondIssuerOfTheSameTreeSizeGetsTheCheckpointRecordedFirstInsteadOfAnError() throws SQLException {
        Connection c = migratedConnection();
        MerkleLog log = new MerkleLog(new JdbcLogStore(c));
        JdbcCheckpointStore checkpoints = new JdbcCheckpointStore(c);
        log.append("one".getBytes(StandardCharsets.UTF_8));
        String first = Checkpoints.sign(Checkpoint.of("origin", log.head()), "school",
                tw.portfolio.archive.integrity.crypto.SigningKey.generate(new java.security.SecureRandom()));
        String other = Checkpoints.sign(Checkpoint.of("origin", log.head()), "school",
                tw.portfolio.archive.integrity.crypto.SigningKey.generate(new java.security.SecureRandom()));
        assertEquals(first, checkpoints.save(first, java.time.Instant.parse("2026-11-28T08:00:00Z")));
        assertEquals(first, checkpoints.save(other, java.time.Instant.parse("2026-11-28T08:00:01Z")));
        assertEquals(java.util.Optional.of(first), checkpoints.ofSize(1));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherLeafNorNodes() throws SQLException {
        Connection c = migratedConnection();
        MerkleLog log = new MerkleLog(new JdbcLogStore(c));
        log.append("kept".getBytes(StandardCharsets.UTF_8));
        c.setAutoCommit(false);
        log.append("rolled back with its event".getBytes(StandardCharsets.UTF_8));
        c.rollback();
        c.setAutoCommit(true);
        assertEquals(1, log.size());
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM event_log_node")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertEquals(1, log.append("next".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSecondWriterTakingAnExistingIndexIsAConflictNotACorruptTree() throws SQLException {
        Connection c = migratedConnection();
        JdbcLogStore store = new JdbcLogStore(c);
        new MerkleLog(store).append("first".getBytes(StandardCharsets.UTF_8));
        byte[] other = "racing".getBytes(StandardCharsets.UTF_8);
        ConflictException e = assertThrows(ConflictException.class, () -> store.append(0, other,
                List.of(new NodeHash(new NodeId(0, 0), TreeHasher.leafHash(other)))));
        assertEquals("event log leaf 0 was appended by another transaction; appends must be serialised", e.getMessage());
    }
}
