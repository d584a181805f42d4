package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;

/** Sealing sweeps on a real Derby: §6's five years, set-based batches, idempotence, resuming after a crash. */
class SealingSweepTest {
    /** The clock's day in Taipei: 2026-12-08. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private static final Actor ADMIN = Actor.staff("admin1", Role.ACADEMIC_ADMIN);

    private final RetentionDatabase db = new RetentionDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private SweepView sweep() {
        return db.sweeps.run(db.sweeps.request(ADMIN).id());
    }

    private String state(String artifactId) {
        return db.text("SELECT STATE FROM ARTIFACT WHERE ID = '" + artifactId + "'");
    }

    @Test
    void section6_aStudentIsSealedFiveYearsAfterCompletion_andNotADayEarlier() {
        String due = db.student(TODAY.minusYears(5));
        String dueArtifact = db.artifact(due);
        String tomorrow = db.student(TODAY.minusYears(5).plusDays(1));
        String tomorrowArtifact = db.artifact(tomorrow);
        String enrolled = db.student(null);
        String enrolledArtifact = db.artifact(enrolled);

        SweepView s = sweep();

        assertEquals(SweepView.State.FINISHED, s.state());
        assertEquals(TODAY, s.asOf());
        assertEquals(3, s.examined());
        assertEquals(1, s.sealed());
        assertEquals(1, s.artifacts());
        assertEquals(TODAY, db.status.of(due).orElseThrow().sealedOn());
        assertEquals(TODAY, db.status.of(due).orElseThrow().sealDate());
        assertEquals("ACTIVE", state(dueArtifact), "the seal is the student's row: files are not rewritten");
        assertNull(db.status.of(tomorrow).orElseThrow().sealedOn());
        assertEquals(TODAY.plusDays(1), db.status.of(tomorrow).orElseThrow().sealDate());
        assertEquals("ACTIVE", state(tomorrowArtifact));
        assertFalse(db.status.of(enrolled).orElseThrow().sealed());
        assertEquals("ACTIVE", state(enrolledArtifact));
    }

    @Test
    void section6_eachSealedStudentIsOneSealingEventWithIdsAndCountsOnly() {
        String due = db.student(LocalDate.of(2019, 7, 31));
        db.artifact(due);
        db.artifact(due);

        String sweepId = sweep().id();

        List<ArchiveEvent> sealing = db.events.ofType(ArchiveEventType.SEALING);
        assertEquals(1, sealing.size());
        ArchiveEvent e = sealing.get(0);
        assertEquals("student:" + due, e.objectId());
        assertEquals(due, e.studentPseudonym());
        assertEquals("2024-07-31", e.detail().get("sealDate"));
        assertEquals("1", e.detail().get("policyVersion"));
        assertEquals("2", e.detail().get("artifactsSealed"));
        assertEquals(sweepId, e.detail().get("sweep"));
        assertEquals(4, e.detail().size());
    }

    @Test
    void sealsInSetBasedBatchesOfStudents_oneTransactionPerBatch() {
        for (int i = 0; i < 1203; i++) {
            String s = db.student(LocalDate.of(2018 + i % 3, 6, 30));
            db.artifact(s);
            db.artifact(s);
        }
        String id = db.sweeps.request(ADMIN).id();
        int before = db.transactions;

        SweepView s = db.sweeps.run(id);

        assertEquals(1203, s.sealed());
        assertEquals(2406, s.artifacts());
        assertEquals(1203, db.count("SELECT COUNT(*) FROM STUDENT WHERE SEALED_ON IS NOT NULL"));
        assertEquals(2406, db.count("SELECT COUNT(*) FROM ARTIFACT WHERE STATE = 'ACTIVE'"), "files are sealed with "
                + "their student's row, not rewritten one by one");
        // start, three batches of at most 500 students, the batch that finds none left, the final read
        assertEquals(6, db.transactions - before);
    }

    @Test
    void aSecondSweepSealsNothingAndRecordsNoSecondEvent() {
        String due = db.student(LocalDate.of(2019, 7, 31));
        db.artifact(due);
        sweep();

        SweepView again = sweep();

        assertEquals(0, again.sealed());
        assertEquals(0, again.artifacts());
        assertEquals(0, again.examined());
        assertEquals(1, db.events.ofType(ArchiveEventType.SEALING).size());
        assertEquals(TODAY, db.status.of(due).orElseThrow().sealedOn());
    }

    @Test
    void aSweepACrashLeftAfterOneBatchIsResumedAndSealsEveryStudentOnce() {
        List<String> students = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            students.add(db.student(LocalDate.of(2020, 1, 1)));
        }
        String id = db.sweeps.request(ADMIN).id();
        db.inNewTransaction(() -> db.batch.start(id));
        db.inNewTransaction(() -> db.batch.sealNext(id, 500));
        // The process dies here: the sweep stays RUNNING with one batch committed.
        SweepView crashed = db.sweeps.unfinished().get(0);
        assertEquals(SweepView.State.RUNNING, crashed.state());
        assertEquals(500, crashed.sealed());
        assertEquals(500, db.count("SELECT COUNT(*) FROM STUDENT WHERE SEALED_ON IS NOT NULL"));

        SweepView resumed = db.sweeps.run(id);

        assertEquals(SweepView.State.FINISHED, resumed.state());
        assertEquals(1200, resumed.sealed());
        assertEquals(1200, resumed.examined());
        assertEquals(1200, db.events.ofType(ArchiveEventType.SEALING).size());
        assertEquals(1200, db.events.ofType(ArchiveEventType.SEALING).stream().map(ArchiveEvent::objectId).distinct().count());
        assertTrue(db.sweeps.unfinished().isEmpty());
    }

    @Test
    void aFailedBatchSealsNothingOfItAndTheSweepIsFailedWithTheReason() {
        String due = db.student(LocalDate.of(2019, 7, 31));
        String artifact = db.artifact(due);
        db.batch.events = event -> {
            throw new IllegalStateException("event log unavailable");
        };
        String id = db.sweeps.request(ADMIN).id();

        assertThrows(IllegalStateException.class, () -> db.sweeps.run(id));

        SweepView failed = db.sweeps.find(id).orElseThrow();
        assertEquals(SweepView.State.FAILED, failed.state());
        assertEquals("event log unavailable", failed.error());
        assertEquals(0, failed.sealed());
        assertFalse(db.status.of(due).orElseThrow().sealed());
        assertEquals("ACTIVE", state(artifact));
    }

    @Test
    void section6_aCorrectedCompletionDateMovesTheSealDateUntilSealed_andNotAfter() {
        String student = db.student(LocalDate.of(2022, 7, 31));
        assertEquals(LocalDate.of(2027, 7, 31), db.status.of(student).orElseThrow().sealDate());
        db.sql("UPDATE STUDENT SET COMPLETED_ON = ? WHERE ID = ?", java.sql.Date.valueOf("2021-06-30"), student);
        assertEquals(LocalDate.of(2026, 6, 30), db.status.of(student).orElseThrow().sealDate());

        sweep();
        db.sql("UPDATE STUDENT SET COMPLETED_ON = ? WHERE ID = ?", java.sql.Date.valueOf("2021-07-31"), student);

        StudentRetention sealed = db.status.of(student).orElseThrow();
        assertEquals(LocalDate.of(2026, 6, 30), sealed.sealDate());
        assertEquals(TODAY, sealed.sealedOn());
    }

    @Test
    void aSecondRequestWhileOneIsQueuedIsAConflictNamingIt() {
        String first = db.sweeps.request(ADMIN).id();

        ConflictException e = assertThrows(ConflictException.class, () -> db.sweeps.request(ADMIN));
        assertTrue(e.getMessage().contains(first), e.getMessage());
    }

    @Test
    void onlyTheAcademicAffairsOfficeOrTheSystemAdministratorStartsASweep() {
        assertThrows(ForbiddenException.class, () -> db.sweeps.request(Actor.staff("registrar1", Role.REGISTRAR)));
        assertThrows(ForbiddenException.class, () -> db.sweeps.request(Actor.student("student1", "s1")));
        assertEquals(SweepView.State.QUEUED, db.sweeps.request(Actor.staff("root", Role.SYSTEM_ADMIN)).state());
    }
}
