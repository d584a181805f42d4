package tw.portfolio.archive.retention.deletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Pseudonym;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.erasure.ErasurePreview;

/** The deletion workflow's rules on a real Derby database with every migration (V18 included). */
class DeletionWorkflowTest {
    static final Instant NOW = Instant.parse("2026-12-08T01:00:00Z");
    static final Actor REGISTRAR = Actor.staff("registrar1", Role.REGISTRAR);
    static final Actor REGISTRAR2 = Actor.staff("registrar2", Role.REGISTRAR);
    static final Actor ADMIN = Actor.staff("academic1", Role.ACADEMIC_ADMIN);

    DeletionDatabase db;
    RecordedEvents events;
    DeletionWorkflow workflow;
    String alumnus;
    Actor alumnusActor;

    @BeforeEach
    void open() throws SQLException {
        db = new DeletionDatabase();
        events = new RecordedEvents();
        workflow = new DeletionWorkflow(new DeletionRequestTable(db.connection), db, events,
                Clock.fixed(NOW, ZoneOffset.UTC), Period.ofYears(5), ZoneId.of("Asia/Taipei"));
        alumnus = db.student(LocalDate.of(2019, 7, 31), LocalDate.of(2024, 7, 31));
        alumnusActor = alumnus(alumnus);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    static Actor alumnus(String studentId) {
        return new Actor("alumni-" + studentId.substring(0, 4), Set.of(Role.ALUMNUS), Optional.of(studentId));
    }

    private DeletionRequest file() {
        return workflow.file(alumnusActor, alumnus, DeletionBasis.REQUEST, new ErasurePreview(3, 3000, 6));
    }

    @Test
    void section6_anAlumnusFilesARequestForSealedDataWithItsPreview() {
        DeletionRequest r = file();
        assertEquals(DeletionState.PENDING_APPROVAL, r.state());
        DeletionRequest read = new DeletionRequestTable(db.connection).find(r.id()).orElseThrow();
        assertEquals(new ErasurePreview(3, 3000, 6), read.preview());
        assertEquals("ALUMNUS", read.requestedRole());
        ArchiveEvent filed = events.ofType(ArchiveEventType.DELETION_REQUEST).get(0);
        assertEquals("deletion-request:" + r.id(), filed.objectId());
        assertEquals(alumnus, filed.studentPseudonym());
        assertEquals("PENDING_APPROVAL", filed.outcome());
    }

    @Test
    void beforeSealingTheRequestIsAConflictNamingTheSealDate() throws SQLException {
        String graduated = db.student(LocalDate.of(2025, 6, 30), null);
        DeletionConflictException e = assertThrows(DeletionConflictException.class,
                () -> workflow.file(alumnus(graduated), graduated, DeletionBasis.REQUEST, new ErasurePreview(0, 0, 0)));
        assertEquals("not-sealed", e.problemType());
        assertEquals("2030-06-30", e.members().get("sealDate"));
        String enrolled = db.student(null, null);
        DeletionConflictException stillEnrolled = assertThrows(DeletionConflictException.class,
                () -> workflow.checkFiling(alumnus(enrolled), enrolled, DeletionBasis.REQUEST));
        assertTrue(stillEnrolled.members().containsKey("sealDate"));
        assertNull(stillEnrolled.members().get("sealDate"));
    }

    @Test
    void aSecondOpenRequestIsAConflictNamingTheFirst() {
        DeletionRequest first = file();
        DeletionConflictException e = assertThrows(DeletionConflictException.class, this::file);
        assertEquals("open-request", e.problemType());
        assertEquals(first.id(), e.members().get("requestId"));
    }

    @Test
    void theOpenSlotIsAUniqueConstraintSoARaceCannotFileTwo() {
        DeletionRequest first = file();
        DeletionRequest racing = new DeletionRequest("other-id", alumnus, DeletionBasis.REQUEST,
                DeletionState.PENDING_APPROVAL, "x", "ALUMNUS", NOW, new ErasurePreview(0, 0, 0), null, null, null, NOW,
                List.of());
        assertFalse(new DeletionRequestTable(db.connection).insert(racing));
        assertEquals(first.id(), new DeletionRequestTable(db.connection).openOf(alumnus).orElseThrow().id());
    }

    @Test
    void onlyTheStudentRequestsDeletionOfTheirOwnData() throws SQLException {
        String other = db.student(LocalDate.of(2019, 7, 31), LocalDate.of(2024, 7, 31));
        assertThrows(ForbiddenException.class,
                () -> workflow.checkFiling(alumnus(other), alumnus, DeletionBasis.REQUEST));
        assertThrows(ForbiddenException.class, () -> workflow.checkFiling(REGISTRAR, alumnus, DeletionBasis.REQUEST));
        assertThrows(NotFoundException.class,
                () -> workflow.checkFiling(alumnus("no-such-student"), "no-such-student", DeletionBasis.REQUEST));
    }

    @Test
    void twoApprovalsByTwoAccountsInTwoRolesStartExecution() {
        DeletionRequest r = file();
        DeletionWorkflow.Decided first = workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, "核對無誤");
        assertFalse(first.execute());
        assertEquals(DeletionState.PENDING_APPROVAL, first.request().state());

        DeletionConflictException twice = assertThrows(DeletionConflictException.class,
                () -> workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, "again"));
        assertEquals("already-decided", twice.problemType());
        DeletionConflictException sameRole = assertThrows(DeletionConflictException.class,
                () -> workflow.decide(REGISTRAR2, r.id(), Decision.APPROVE, ""));
        assertEquals("same-role", sameRole.problemType());
        assertTrue(sameRole.getMessage().contains("must come from ACADEMIC_ADMIN"), sameRole.getMessage());

        DeletionWorkflow.Decided second = workflow.decide(ADMIN, r.id(), Decision.APPROVE, "");
        assertTrue(second.execute());
        assertEquals(DeletionState.EXECUTING, second.request().state());
        assertEquals(Set.of("REGISTRAR", "ACADEMIC_ADMIN"), second.request().approvals().stream()
                .map(DeletionApproval::role).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void theLogGetsTheReasonsDigestAndTheAuditTrailTheReason() {
        DeletionRequest r = file();
        workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, "核對無誤");
        RecordedEvents.Recorded approval = events.all.get(1);
        assertEquals("APPROVE", approval.event().outcome());
        assertEquals("REGISTRAR", approval.event().actorRole());
        assertEquals(DeletionWorkflow.sha256("核對無誤"), approval.event().detail().get("reasonSha256"));
        assertEquals(Pseudonym.of("registrar1"), approval.event().detail().get("account"));
        assertFalse(approval.event().detail().containsValue("核對無誤"));
        assertFalse(approval.event().detail().containsValue("registrar1"));
        assertEquals(Map.of("account", "registrar1", "reason", "核對無誤"), approval.auditTrailOnly());
    }

    @Test
    void aRejectionEndsTheRequestWithItsReasonAndFreesTheStudentToAskAgain() {
        DeletionRequest r = file();
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> workflow.decide(ADMIN, r.id(), Decision.REJECT, "  ")).fieldErrors().get(0).field());
        DeletionWorkflow.Decided rejected = workflow.decide(ADMIN, r.id(), Decision.REJECT, "仍有未結申訴案件");
        assertEquals(DeletionState.REJECTED, rejected.request().state());
        assertEquals("仍有未結申訴案件", rejected.request().rejectionReason());
        DeletionConflictException late = assertThrows(DeletionConflictException.class,
                () -> workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, ""));
        assertEquals("request-decided", late.problemType());
        assertEquals("REJECTED", late.members().get("state"));
        assertEquals(DeletionState.PENDING_APPROVAL, file().state());
    }

    @Test
    void onlyRegistrarAndAcademicAdminDecideAndUnknownRequestsAreNotFound() {
        DeletionRequest r = file();
        assertThrows(ForbiddenException.class, () -> workflow.decide(alumnusActor, r.id(), Decision.APPROVE, ""));
        assertThrows(ForbiddenException.class,
                () -> workflow.decide(Actor.staff("auditor1", Role.AUDITOR), r.id(), Decision.APPROVE, ""));
        assertThrows(NotFoundException.class, () -> workflow.decide(REGISTRAR, "nope", Decision.APPROVE, ""));
    }

    @Test
    void aLegalHoldRefusesFilingAndApprovalNamingTheHold() throws SQLException {
        DeletionRequest r = file();
        String hold = db.hold(alumnus);
        DeletionConflictException approval = assertThrows(DeletionConflictException.class,
                () -> workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, ""));
        assertEquals("legal-hold", approval.problemType());
        assertEquals(List.of(hold), approval.members().get("holds"));
        assertTrue(approval.getMessage().contains(hold));
        String other = db.student(LocalDate.of(2019, 7, 31), LocalDate.of(2024, 7, 31));
        db.hold(other);
        assertEquals("legal-hold", assertThrows(DeletionConflictException.class,
                () -> workflow.checkFiling(alumnus(other), other, DeletionBasis.REQUEST)).problemType());
    }

    @Test
    void aHoldPlacedAfterApprovalFailsTheExecutionBeforeAnythingIsErased() throws SQLException {
        DeletionRequest r = file();
        workflow.decide(REGISTRAR, r.id(), Decision.APPROVE, "");
        workflow.decide(ADMIN, r.id(), Decision.APPROVE, "");
        String hold = db.hold(alumnus);
        assertTrue(workflow.executing(r.id()).isEmpty());
        DeletionRequest failed = new DeletionRequestTable(db.connection).find(r.id()).orElseThrow();
        assertEquals(DeletionState.FAILED, failed.state());
        assertTrue(failed.error().contains(hold), failed.error());
        assertEquals("legal-hold", assertThrows(DeletionConflictException.class,
                () -> workflow.retry(REGISTRAR, r.id())).problemType());
    }

    @Test
    void section6_dispositionIsStartedByStaffOnceSealedDataPassedItsRetention() throws SQLException {
        assertEquals("not-due", assertThrows(DeletionConflictException.class,
                () -> workflow.checkFiling(ADMIN, alumnus, DeletionBasis.DISPOSITION)).problemType());
        String old = db.student(LocalDate.of(2014, 7, 31), LocalDate.of(2019, 7, 31));
        assertEquals(LocalDate.of(2021, 12, 8), workflow.dueIfSealedBy());
        assertThrows(ForbiddenException.class, () -> workflow.checkFiling(alumnus(old), old, DeletionBasis.DISPOSITION));
        DeletionRequest d = workflow.file(ADMIN, old, DeletionBasis.DISPOSITION, new ErasurePreview(1, 1, 1));
        assertEquals(DeletionBasis.DISPOSITION, d.basis());
        assertEquals("ACADEMIC_ADMIN", d.requestedRole());
        List<DeletionRequestTable.DueStudent> due = new DeletionRequestTable(db.connection)
                .sealedBy(workflow.dueIfSealedBy(), PageRequest.of(0, 50));
        assertEquals(List.of(old), due.stream().map(DeletionRequestTable.DueStudent::studentId).toList());
    }
}
