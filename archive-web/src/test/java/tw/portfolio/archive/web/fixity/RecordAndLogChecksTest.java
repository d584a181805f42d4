package tw.portfolio.archive.web.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.eventlog.JdbcLogQueue;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * The database and log checks of an audit against a real embedded Derby, with the rows tampered
 * with behind the archive's back (the running server holds its Derby database locked, so the
 * integration test cannot do this).
 */
class RecordAndLogChecksTest {
    @TempDir
    Path tmp;
    FixtureArchive archive;

    @BeforeEach
    void ingest() throws Exception {
        archive = new FixtureArchive(tmp);
        archive.ingest(100);
        archive.ingest(200);
        archive.checkpoint();
        archive.ingest(300);
        archive.checkpoint();
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    @Test
    void anUntouchedArchivePassesBothChecks() throws Exception {
        assertEquals(List.of(), archive.recordCheck());
        assertEquals(List.of(), archive.logCheck());
    }

    /**
     * Crash round 20 of 7 Dec 2026: the server sequenced queued leaves while a full audit ran, and the
     * check, holding the log size it read first, named 11 freshly sequenced ingestions
     * "LEAF_MISMATCH … event log leaf 8715, the log has 8714 leaves". An entry row commits with its
     * leaf, so a larger index is a leaf appended since, never a missing one.
     */
    @Test
    void anIngestionSequencedWhileTheCheckRunsIsNotAMismatch() throws Exception {
        boolean[] grown = {false};
        List<AuditFailure> failures = archive.recordCheckRowByRow(objectId -> {
            if (!grown[0]) {
                grown[0] = true;
                try {
                    archive.ingest(400, "ffffffff-ffff-4fff-bfff-ffffffffffff"); // after every other row
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertTrue(grown[0]);
        assertEquals(List.of(), failures);
    }

    @Test
    void aLeafIndexBeyondTheLogIsStillAMismatch() throws Exception {
        archive.update("UPDATE ARTIFACT SET LEAF_INDEX = 99 WHERE ID = ?", archive.artifactIds.get(0));
        AuditFailure f = archive.recordCheck().get(0);
        assertEquals(FailureKinds.LEAF_MISMATCH, f.kind());
        assertEquals("event log leaf 99", f.path());
        assertEquals("the log has 6 leaves", f.actual());
    }

    @Test
    void aDigestChangedInTheDatabaseIsNamedWithTheSignedValueExpectedAndTheRowActual() throws Exception {
        String id = archive.artifactIds.get(1);
        String forged = "f".repeat(64);
        archive.update("UPDATE ARTIFACT SET SHA256 = ? WHERE ID = ?", forged, id);
        List<AuditFailure> failures = archive.recordCheck();
        assertEquals(1, failures.size(), failures.toString());
        AuditFailure f = failures.get(0);
        assertEquals(id, f.artifactId());
        assertEquals("artifact-" + id, f.objectId());
        assertEquals("ARTIFACT.SHA256", f.path());
        assertEquals(archive.sha256s.get(1), f.expected());
        assertEquals(forged, f.actual());
        assertEquals(FailureKinds.RECORD_DIGEST_MISMATCH, f.kind());
    }

    @Test
    void aSizeChangedInTheDatabaseIsNamed() throws Exception {
        String id = archive.artifactIds.get(0);
        archive.update("UPDATE ARTIFACT SET SIZE_BYTES = 99 WHERE ID = ?", id);
        AuditFailure f = archive.recordCheck().get(0);
        assertEquals(id, f.artifactId());
        assertEquals("ARTIFACT.SIZE_BYTES", f.path());
        assertEquals("100", f.expected());
        assertEquals("99", f.actual());
    }

    @Test
    void aStatementRewrittenToMatchAForgedDigestFailsItsSignatureAndDisagreesWithTheLog() throws Exception {
        String id = archive.artifactIds.get(2);
        String original = archive.sha256s.get(2);
        String forged = "0".repeat(64);
        String statement = new String(Base64.getDecoder().decode(archive.text(
                "SELECT SIGNED_STATEMENT FROM ARTIFACT WHERE ID = ?", id)), StandardCharsets.UTF_8);
        String rewritten = Base64.getEncoder().encodeToString(statement.replace(original, forged)
                .getBytes(StandardCharsets.UTF_8));
        archive.update("UPDATE ARTIFACT SET SHA256 = ?, SIGNED_STATEMENT = ? WHERE ID = ?", forged, rewritten, id);
        List<AuditFailure> failures = archive.recordCheck();
        assertEquals(List.of(FailureKinds.STATEMENT_SIGNATURE_INVALID, FailureKinds.LEAF_MISMATCH),
                failures.stream().map(AuditFailure::kind).toList(), failures.toString());
        AuditFailure leaf = failures.get(1);
        assertEquals(id, leaf.artifactId());
        assertEquals("event log leaf 5", leaf.path());
        assertEquals(forged, leaf.expected());
        assertEquals(original, leaf.actual());
    }

    @Test
    void aRewrittenLeafIsNamedAndTheLogNoLongerReproducesItsCheckpoints() throws Exception {
        String other = archive.text("SELECT leaf_data FROM event_log_leaf WHERE leaf_index = ?", 3L);
        archive.update("UPDATE event_log_leaf SET leaf_data = ? WHERE leaf_index = 1", other);
        List<AuditFailure> failures = archive.logCheck();
        AuditFailure leaf = failures.get(0);
        assertEquals(FailureKinds.LOG_LEAF_ALTERED, leaf.kind());
        assertEquals("event_log_leaf 1", leaf.path());
        assertEquals(archive.text("SELECT node_hash FROM event_log_node WHERE node_level = 0 AND node_index = ?", 1L),
                leaf.expected());
        List<String> inconsistent = failures.stream().filter(f -> f.kind().equals(FailureKinds.LOG_INCONSISTENT))
                .map(AuditFailure::actual).toList();
        assertEquals(2, inconsistent.size(), failures.toString());
        assertTrue(inconsistent.get(0).startsWith("log not consistent with checkpoint of size 4: "), inconsistent.get(0));
        assertTrue(inconsistent.get(1).startsWith("log not consistent with checkpoint of size 6: "), inconsistent.get(1));
        AuditFailure record = archive.recordCheck().get(0);
        assertEquals(archive.artifactIds.get(0), record.artifactId());
        assertEquals(FailureKinds.LEAF_MISMATCH, record.kind());
    }

    @Test
    void aTruncatedLogIsNotConsistentWithTheLaterCheckpoint() throws Exception {
        archive.update("DELETE FROM event_log_leaf WHERE leaf_index >= 4");
        archive.update("DELETE FROM event_log_node WHERE node_index * "
                + "CASE node_level WHEN 0 THEN 1 WHEN 1 THEN 2 ELSE 4 END >= 4");
        List<AuditFailure> failures = archive.logCheck();
        assertEquals(1, failures.size(), failures.toString());
        AuditFailure f = failures.get(0);
        assertEquals(FailureKinds.LOG_INCONSISTENT, f.kind());
        assertEquals("event log", f.path());
        assertTrue(f.expected().startsWith("consistent with checkpoint of size 6 (root "), f.expected());
        assertEquals("log not consistent with checkpoint of size 6: the log has only 4 leaves (truncated)", f.actual());
        assertEquals(null, f.artifactId());
    }

    @Test
    void aRewrittenSubtreeHashFailsTheConsistencyProofs() throws Exception {
        archive.update("UPDATE event_log_node SET node_hash = ? WHERE node_level = 2 AND node_index = 0",
                Base64.getEncoder().encodeToString(new byte[32]));
        List<AuditFailure> failures = archive.logCheck();
        assertEquals(List.of("log not consistent with checkpoint of size 4", "log not consistent with checkpoint of size 6"),
                failures.stream().map(f -> f.actual().substring(0, f.actual().indexOf(':'))).toList(),
                failures.toString());
    }

    @Test
    void aCheckpointRowRewrittenToAnotherSizeFailsItsSignature() throws Exception {
        String note = archive.text("SELECT note FROM event_log_checkpoint WHERE tree_size = ?", 6L);
        archive.update("UPDATE event_log_checkpoint SET note = ? WHERE tree_size = 6", note.replace("\n6\n", "\n5\n"));
        AuditFailure f = archive.logCheck().get(0);
        assertEquals(FailureKinds.CHECKPOINT_INVALID, f.kind());
        assertEquals("event_log_checkpoint 6", f.path());
    }

    @Test
    void anArtifactWhoseIngestionLeafIsStillQueuedIsNeverComparedWithLeafZero() throws Exception {
        String id = archive.artifactIds.get(1);
        long entry = new JdbcLogQueue(archive.c).enqueue("the ingestion, not sequenced yet".getBytes(StandardCharsets.UTF_8));
        archive.update("UPDATE ARTIFACT SET LEAF_INDEX = NULL, LOG_ENTRY = ? WHERE ID = ?", entry, id);
        assertEquals(List.of(), archive.recordCheck());
    }

    @Test
    void anArtifactsLeafIsFoundThroughItsLogEntryNotByPositionSoADuplicatedLeafChangesNothing() throws Exception {
        String id = archive.artifactIds.get(1);
        long ingestion = Long.parseLong(archive.text("SELECT LEAF_INDEX FROM ARTIFACT WHERE ID = ?", id));
        archive.update("INSERT INTO event_log_entry (entry_id, leaf_index) VALUES (77, ?)", ingestion);
        archive.update("UPDATE ARTIFACT SET LEAF_INDEX = NULL, LOG_ENTRY = 77 WHERE ID = ?", id);
        MerkleLog log = archive.log();
        log.append(log.leafData(ingestion, ingestion + 1).get(0)); // the same event appended twice by the old bug
        assertEquals(List.of(), archive.recordCheck());

        archive.update("UPDATE event_log_entry SET leaf_index = 0 WHERE entry_id = 77");
        AuditFailure f = archive.recordCheck().get(0);
        assertEquals(FailureKinds.LEAF_MISMATCH, f.kind());
        assertEquals("event log leaf 0", f.path());
    }
}
