package tw.portfolio.archive.web.fixity;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.eventlog.Checkpoint;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.JdbcCheckpointStore;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * A real embedded Derby database migrated with the archive's own scripts, holding artifacts
 * ingested as the archive does (signed statement, digest and ingestion leaves, checkpoints),
 * written with plain JDBC so a test can then tamper with any row behind the archive's back.
 */
final class FixtureArchive implements AutoCloseable {
    static final String ORIGIN = "test.local/log";
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    final Connection c;
    final SchoolKeyRing keys;
    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final List<String> artifactIds = new ArrayList<>();
    final List<String> sha256s = new ArrayList<>();
    final List<Long> checkpointSizes = new ArrayList<>();

    FixtureArchive(Path tmp) throws SQLException {
        String url = "jdbc:derby:memory:fixity-" + UUID.randomUUID() + ";create=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
        c = DriverManager.getConnection(url);
        keys = SchoolKeyRing.openOrCreate(tmp.resolve("school.p12"), "secret".toCharArray(), clock);
    }

    MerkleLog log() {
        return new MerkleLog(new JdbcLogStore(c));
    }

    /** Ingests one artifact of {@code size} random bytes; returns its id. */
    String ingest(int size) throws SQLException {
        return ingest(size, UUID.randomUUID().toString());
    }

    /** Ingests one artifact of {@code size} random bytes under {@code id}. */
    String ingest(int size, String id) throws SQLException {
        byte[] content = new byte[size];
        new SecureRandom().nextBytes(content);
        String sha = HexFormat.of().formatHex(Sha256.of(content));
        String keyId = keys.activeKey().keyId();
        byte[] statement = new ArtifactStatement(id, "pseudo-" + artifactIds.size(), sha, size, "application/pdf", T0,
                "STUDENT", keyId).toBytes();
        SignatureValue signature = keys.sign(statement);
        MerkleLog log = log();
        log.append(EventRecord.of(EventType.MESSAGE_DIGEST_CALCULATION, T0, "STUDENT", List.of(id),
                Map.of("sha256", sha), EventOutcome.SUCCESS, "").toLeafData());
        long leaf = log.append(EventRecord.of(EventType.INGESTION, T0, "STUDENT", List.of(id, "student:p"),
                Map.of("sha256", sha), EventOutcome.SUCCESS, "").toLeafData());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE, "
                + "SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, "
                + "CREATED_BY_ROLE, KEY_ID, SIGNED_STATEMENT, SIGNATURE_VALUE, LEAF_INDEX, VERSION) "
                + "VALUES (?, ?, 'a.pdf', 'application/pdf', ?, ?, ?, 'content.pdf', 'x', 'ACTIVE', ?, 's', "
                + "'STUDENT', ?, ?, ?, ?, 1)")) {
            ps.setString(1, id);
            ps.setString(2, "pseudo-" + artifactIds.size());
            ps.setLong(3, size);
            ps.setString(4, sha);
            ps.setString(5, AuditFailure.OBJECT_PREFIX + id);
            ps.setTimestamp(6, Timestamp.from(T0));
            ps.setString(7, keyId);
            ps.setString(8, java.util.Base64.getEncoder().encodeToString(statement));
            ps.setString(9, signature.valueBase64());
            ps.setLong(10, leaf);
            ps.executeUpdate();
        }
        artifactIds.add(id);
        sha256s.add(sha);
        return id;
    }

    /** Issues a signed checkpoint of the log as it is now. */
    void checkpoint() {
        MerkleLog log = log();
        String note = Checkpoints.sign(Checkpoint.of(ORIGIN, log.head()), ORIGIN, keys.activeKey());
        new JdbcCheckpointStore(c).save(note, T0);
        checkpointSizes.add(log.size());
    }

    int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    String text(String sql, Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, param);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    List<AuditFailure> recordCheck() throws SQLException {
        return new RecordCheck(keys, objectId -> true, clock).run(c);
    }

    /** The record check with one row per page, calling {@code eachObject} as it checks each object. */
    List<AuditFailure> recordCheckRowByRow(java.util.function.Consumer<String> eachObject) throws SQLException {
        return new RecordCheck(keys, objectId -> {
            eachObject.accept(objectId);
            return true;
        }, clock, 1).run(c);
    }

    List<AuditFailure> logCheck() throws SQLException {
        var trusted = keys.keys().stream()
                .map(k -> tw.portfolio.archive.integrity.crypto.Ed25519PublicKey.ofPem(k.publicKeyPem())).toList();
        return new LogStorageCheck(trusted, clock).run(c);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
