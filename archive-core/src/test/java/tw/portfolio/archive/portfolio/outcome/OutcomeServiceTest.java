package tw.portfolio.archive.portfolio.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;

class OutcomeServiceTest {
    private PortfolioFixture f;
    private PortfolioDatabase db;

    @BeforeEach
    void setUp() {
        f = new PortfolioFixture();
        db = new PortfolioDatabase(f);
        f.seed(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private OutcomeView upload(String description) {
        String file = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        return db.inTransaction(s -> s.outcomes().create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse,
                description, List.of(file)));
    }

    @Test
    void section4_3_aStudentUploadsAnOutcomeThatWaitsForCertification() {
        String a = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        String b = f.artifacts.add(PortfolioFixture.STUDENT1, "video/mp4", 10_000_000L);
        OutcomeView created = db.inTransaction(s -> s.outcomes().create(f.student1, PortfolioFixture.STUDENT1,
                f.mathCourse, "  函數圖形報告  ", List.of(a, b)));

        OutcomeView read = db.inTransaction(s -> s.outcomes().get(f.student1, created.id()));
        assertEquals(OutcomeState.PENDING_CERTIFICATION, read.state());
        assertEquals("函數圖形報告", read.description());
        assertEquals(List.of(a, b), read.artifactIds());
        assertEquals(1, read.revision());
        assertEquals(PortfolioFixture.YEAR, read.academicYear());
        assertEquals(1, f.events.ofType(ArchiveEventType.INGESTION).size());
        assertEquals(PortfolioFixture.STUDENT1, f.events.ofType(ArchiveEventType.INGESTION).get(0).studentPseudonym());
    }

    @Test
    void section4_3_aDescriptionOfExactly100CharactersIsAcceptedAnd101AreRefused() {
        assertEquals(100, upload("成".repeat(100)).description().length());
        String file = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        long before = db.count("COURSE_OUTCOME");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "成".repeat(101), List.of(file))));
        assertEquals("description", e.fieldErrors().get(0).field());
        assertEquals(before, db.count("COURSE_OUTCOME"));
    }

    @Test
    void section4_3_badInputIsRefusedAndNothingIsStored() {
        String own = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        String foreign = f.artifacts.pdfOf(PortfolioFixture.STUDENT2);
        int events = f.events.size();

        assertRefused(NotFoundException.class, "not-found", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, "no-such-course", "報告", List.of(own))));
        assertRefused(RuleViolationException.class, "course-not-taken", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.math2Course, "報告", List.of(own))));
        assertRefused(RuleViolationException.class, "course-not-credit-bearing", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.homeroom, "報告", List.of(own))));
        NotFoundException foreignRefusal = assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of(own, foreign))));
        NotFoundException unknownRefusal = assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of("no-such-file"))));
        assertEquals("No artifact " + foreign, foreignRefusal.getMessage());
        assertEquals("No artifact no-such-file", unknownRefusal.getMessage());
        assertRefused(InvalidInputException.class, "invalid-input", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of())));
        assertRefused(ForbiddenException.class, "forbidden", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student2, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of(own))));
        String tooBig = f.artifacts.add(PortfolioFixture.STUDENT1, "application/pdf", 4_000_001L);
        assertRefused(RuleViolationException.class, "proof-file-size", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of(tooBig))));
        String word = f.artifacts.add(PortfolioFixture.STUDENT1, "application/msword", 10);
        assertRefused(RuleViolationException.class, "proof-file-type", () -> db.inTransaction(s -> s.outcomes()
                .create(f.student1, PortfolioFixture.STUDENT1, f.mathCourse, "報告", List.of(word))));

        assertEquals(0, db.count("COURSE_OUTCOME"));
        assertEquals(0, db.count("COURSE_OUTCOME_ARTIFACT"));
        assertEquals(events, f.events.size());
    }

    @Test
    void section4_3_theCourseTeacherCertifiesAndTheDecisionIsRecorded() {
        OutcomeView o = upload("報告");
        OutcomeView certified = db.inTransaction(s -> s.outcomes().certify(f.teacher1, o.id(), CertificationDecision.CERTIFIED, null));
        assertEquals(OutcomeState.CERTIFIED, certified.state());
        CertificationView c = db.inTransaction(s -> s.outcomes().get(f.teacher1, o.id())).certifications().get(0);
        assertEquals("teacher1", c.certifiedBy());
        assertEquals(List.of(), c.onBehalfOf());
        assertEquals(PortfolioFixture.NOW, c.decidedAt());
        assertEquals("CERTIFIED", f.events.ofType(ArchiveEventType.CERTIFICATION).get(0).outcome());
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.outcomes()
                .certify(f.teacher1, o.id(), CertificationDecision.REJECTED, "again")));
    }

    @Test
    void section4_2_theTeachingSectionEntersCoursesButDoesNotReadStudentsOutcomes() {
        OutcomeView o = upload("報告");
        assertEquals(o.id(), db.inTransaction(s -> s.outcomes().get(f.registrar, o.id())).id());
        assertEquals(1, db.inTransaction(s -> s.outcomes().ofStudent(f.admin, PortfolioFixture.STUDENT1)).size());
        NotFoundException hidden = assertThrows(NotFoundException.class,
                () -> db.inTransaction(s -> s.outcomes().get(f.section, o.id())));
        assertEquals("No course outcome " + o.id(), hidden.getMessage());
        ForbiddenException listed = assertThrows(ForbiddenException.class,
                () -> db.inTransaction(s -> s.outcomes().ofStudent(f.section, PortfolioFixture.STUDENT1)));
        assertEquals("Only the student, the registrar and the academic affairs office list a student's outcomes",
                listed.getMessage());
    }

    @Test
    void section4_3_aRejectedOutcomeIsUploadedAgainAndGoesBackToPending() {
        OutcomeView o = upload("報告");
        assertThrows(InvalidInputException.class, () -> db.inTransaction(s -> s.outcomes()
                .certify(f.teacher1, o.id(), CertificationDecision.REJECTED, " ")));
        db.inTransaction(s -> s.outcomes().certify(f.teacher1, o.id(), CertificationDecision.REJECTED, "不是本課程的作品"));
        String newFile = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        f.clock.advance(Duration.ofHours(1));
        OutcomeView again = db.inTransaction(s -> s.outcomes().reupload(f.student1, o.id(), "新版報告", List.of(newFile)));

        assertEquals(OutcomeState.PENDING_CERTIFICATION, again.state());
        assertEquals(2, again.revision());
        assertEquals(List.of(newFile), again.artifactIds());
        assertEquals("不是本課程的作品", again.certifications().get(0).reason());
        db.inTransaction(s -> s.outcomes().certify(f.teacher1, o.id(), CertificationDecision.CERTIFIED, null));
        OutcomeView read = db.inTransaction(s -> s.outcomes().get(f.student1, o.id()));
        assertEquals(2, read.certifications().size());
        assertEquals(2, read.certifications().get(1).revision());
        assertEquals(1, db.count("COURSE_OUTCOME_ARTIFACT"));
    }

    @Test
    void section4_3_onlyARejectedOutcomeIsUploadedAgainAndOnlyInsideTheUploadWindow() {
        OutcomeView o = upload("報告");
        String file = f.artifacts.pdfOf(PortfolioFixture.STUDENT1);
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.outcomes().reupload(f.student1, o.id(), "x", List.of(file))));
        db.inTransaction(s -> s.outcomes().certify(f.teacher1, o.id(), CertificationDecision.REJECTED, "請補檔案"));
        f.clock.advance(Duration.ofDays(31));
        RuleViolationException closed = assertThrows(RuleViolationException.class, () -> db.inTransaction(s -> s.outcomes()
                .reupload(f.student1, o.id(), "x", List.of(file))));
        assertEquals("window-closed", closed.problemType());
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.outcomes().reupload(f.student2, o.id(), "x", List.of(file))));
        assertEquals(OutcomeState.REJECTED, db.inTransaction(s -> s.outcomes().get(f.student1, o.id())).state());
    }

    @Test
    void section9_2_2_aSameSubjectTeacherCertifiesOnBehalfOfAnUnavailableTeacher() {
        OutcomeView o = upload("報告");
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.outcomes()
                .certify(f.teacher2, o.id(), CertificationDecision.CERTIFIED, null)),
                "the course's own teacher is available, so no substitute");
        assertTrue(db.inTransaction(s -> s.outcomes().queue(f.teacher2, 0, 100).items()).isEmpty());

        db.inTransaction(s -> s.availability().set(f.admin, "teacher1", false, "產假"));
        List<QueueItem> queue = db.inTransaction(s -> s.outcomes().queue(f.teacher2, 0, 100).items());
        assertEquals(1, queue.size());
        assertEquals(List.of("teacher1"), queue.get(0).onBehalfOf());
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.outcomes()
                .certify(f.teacher3, o.id(), CertificationDecision.CERTIFIED, null)), "another subject's teacher");
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.outcomes().get(f.teacher3, o.id())));

        OutcomeView certified = db.inTransaction(s -> s.outcomes().certify(f.teacher2, o.id(), CertificationDecision.CERTIFIED, null));
        CertificationView c = certified.certifications().get(0);
        assertEquals("teacher2", c.certifiedBy());
        assertEquals(List.of("teacher1"), c.onBehalfOf());
        assertEquals("true", f.events.ofType(ArchiveEventType.CERTIFICATION).get(0).detail().get("substitute"));
    }

    @Test
    void section4_3_aTeachersQueueHoldsPendingOutcomesOfTheirCoursesOldestFirst() {
        OutcomeView first = upload("第一");
        f.clock.advance(Duration.ofMinutes(5));
        OutcomeView second = upload("第二");
        f.clock.advance(Duration.ofMinutes(5));
        OutcomeView third = upload("第三");
        db.inTransaction(s -> s.outcomes().certify(f.teacher1, second.id(), CertificationDecision.CERTIFIED, null));

        List<QueueItem> queue = db.inTransaction(s -> s.outcomes().queue(f.teacher1, 0, 100).items());
        assertEquals(List.of(first.id(), third.id()), queue.stream().map(q -> q.outcome().id()).toList());
        assertEquals("M101", queue.get(0).courseCode());
        assertTrue(db.inTransaction(s -> s.outcomes().queue(f.teacher3, 0, 100).items()).isEmpty());
    }

    @Test
    void section4_3_aTeachersQueueIsPagedOldestFirstWithEachOutcomeOnceAndItsLengthOnEveryPage() {
        List<String> uploaded = new ArrayList<>();
        for (String d : List.of("一", "二", "三", "四", "五")) {
            uploaded.add(upload(d).id());
            f.clock.advance(Duration.ofMinutes(1));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            int p = page;
            OutcomeService.QueuePage q = db.inTransaction(s -> s.outcomes().queue(f.teacher1, p, 2));
            assertEquals(5, q.total(), "page " + page);
            assertEquals(page < 2 ? 2 : page == 2 ? 1 : 0, q.items().size(), "page " + page);
            q.items().forEach(i -> seen.add(i.outcome().id()));
        }
        assertEquals(uploaded, seen);
        assertEquals(List.of(), db.inTransaction(s -> s.outcomes().queue(f.teacher1, Integer.MAX_VALUE, 100)).items());
    }

    @Test
    void section4_3_certificationHappensOnlyInsideTheCertificationWindow() {
        OutcomeView o = upload("報告");
        f.clock.advance(Duration.ofDays(30));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> db.inTransaction(s -> s.outcomes()
                .certify(f.teacher1, o.id(), CertificationDecision.CERTIFIED, null)));
        assertEquals("window-closed", e.problemType());
        assertTrue(e.getMessage().contains("課程學習成果認證"), e.getMessage());
        assertEquals(OutcomeState.PENDING_CERTIFICATION, db.inTransaction(s -> s.outcomes().get(f.student1, o.id())).state());
    }

    private static void assertRefused(Class<? extends ArchiveException> type, String problem,
            org.junit.jupiter.api.function.Executable call) {
        ArchiveException e = assertThrows(type, call);
        assertEquals(problem, e.problemType());
    }
}
