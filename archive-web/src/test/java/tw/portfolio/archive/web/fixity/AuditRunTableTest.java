package tw.portfolio.archive.web.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audit runs, failures and "last good" in the V6 tables on a real embedded Derby. */
class AuditRunTableTest {
    @TempDir
    Path tmp;
    FixtureArchive archive;
    AuditRunTable table;

    @BeforeEach
    void open() throws Exception {
        archive = new FixtureArchive(tmp);
        table = new AuditRunTable(archive.c);
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    private AuditRun done(String id, Instant started, int minutes) throws Exception {
        AuditRun queued = AuditRun.queued(id, AuditKind.FULL, started, "auditor1");
        table.insert(queued);
        AuditRun finished = new AuditRun(id, AuditKind.FULL, AuditState.DONE, AuditPhase.COMPLETE, started, started,
                started.plusSeconds(60L * minutes), 3, 3, 3, 300, 0, "artifact-z", "auditor1", null);
        table.update(finished);
        return finished;
    }

    private static AuditFailure failure(Instant at) {
        return AuditFailure.ofArtifact("a1", "v1/content/x.pdf", "aa", "bb", "CONTENT_MISMATCH", at);
    }

    @Test
    void aFailureStandsUntilARunThatStartedAfterItWasFoundPasses() throws Exception {
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        done("00000000-0000-0000-0000-000000000001", t, 5);
        assertEquals(0, table.standing().count());
        AuditRun failing = done("00000000-0000-0000-0000-000000000002", t.plusSeconds(600), 5);
        table.insertFailures(failing.id(), List.of(failure(t.plusSeconds(700))));
        assertEquals(1, table.standing().count());
        assertEquals("a1", table.standing().first().artifactId());
        assertEquals(1, table.find(failing.id()).orElseThrow().failureCount());

        done("00000000-0000-0000-0000-000000000003", t.plusSeconds(650), 5);
        assertEquals(1, table.standing().count(), "a pass that started before the failure was found clears nothing");
        done("00000000-0000-0000-0000-000000000004", t.plusSeconds(800), 5);
        assertEquals(0, table.standing().count());
    }

    @Test
    void runsAreListedNewestFirstAndLastGoodIsKeptPerObject() throws Exception {
        Instant t = Instant.parse("2026-03-01T08:00:00Z");
        done("00000000-0000-0000-0000-000000000001", t, 1);
        done("00000000-0000-0000-0000-000000000002", t.plusSeconds(60), 1);
        assertEquals(List.of("00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000001"),
                table.page(0, 10).stream().map(AuditRun::id).toList());
        assertEquals(1, table.page(1, 1).size());
        assertEquals(2, table.count());
        table.markGood(List.of("artifact-a1"), t);
        table.markGood(List.of("artifact-a1"), t.plusSeconds(5));
        assertEquals(t.plusSeconds(5), table.lastGood("artifact-a1").orElseThrow());
        assertEquals(t.plusSeconds(60), table.lastDoneStart().orElseThrow());
    }
}
