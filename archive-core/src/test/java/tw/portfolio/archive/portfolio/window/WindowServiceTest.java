package tw.portfolio.archive.portfolio.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;
import tw.portfolio.archive.portfolio.teacher.AvailabilityView;

class WindowServiceTest {
    private static final Instant OPENS = Instant.parse("2026-09-01T00:00:00Z");
    private static final WindowPeriod RECEIPT = WindowPeriod.of(WindowKind.RECEIPT_CONFIRMATION, AcademicYear.of(115));

    private PortfolioFixture f;
    private PortfolioDatabase db;

    @BeforeEach
    void setUp() {
        f = new PortfolioFixture();
        db = new PortfolioDatabase(f);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theAcademicAffairsOfficeSetsAndMovesAWindow() {
        WindowPeriod upload = WindowPeriod.of(WindowKind.OUTCOME_UPLOAD, Semester.of(115, 1));
        WindowView first = db.inTransaction(s -> s.windows().set(f.admin, upload, OPENS, OPENS.plus(Duration.ofDays(10))));
        WindowView moved = db.inTransaction(s -> s.windows().set(f.admin, upload, OPENS, OPENS.plus(Duration.ofDays(20))));
        assertEquals(first.id(), moved.id());
        assertEquals(OPENS.plus(Duration.ofDays(20)), db.inTransaction(s -> s.windows().ofYear(115)).get(0).closesAt());
        assertEquals(1, db.count("PORTFOLIO_WINDOW"));
        assertEquals(2, f.events.ofType(ArchiveEventType.METADATA_MODIFICATION).size());
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.windows().set(f.section, upload, OPENS, OPENS.plusSeconds(60))));
    }

    @Test
    void receiptRuleAConfirmationWindowShorterThanThreeDaysIsRefusedAndNotStored() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> db.inTransaction(s -> s.windows()
                .set(f.admin, RECEIPT, OPENS, OPENS.plus(Duration.ofDays(3)).minusSeconds(1))));
        assertEquals("receipt-window-minimum", e.problemType());
        assertEquals(0, db.count("PORTFOLIO_WINDOW"));
        db.inTransaction(s -> s.windows().set(f.admin, RECEIPT, OPENS, OPENS.plus(Duration.ofDays(3))));
        assertEquals(1, db.count("PORTFOLIO_WINDOW"));
    }

    @Test
    void section9_2_2_onlyTheAcademicAffairsOfficeMarksATeacherUnavailableAndItNeedsAReason() {
        assertEquals(true, db.inTransaction(s -> s.availability().get(f.admin, "teacher1")).available());
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.availability().set(f.teacher2, "teacher1", false, "病假")));
        assertThrows(InvalidInputException.class, () -> db.inTransaction(s -> s.availability().set(f.admin, "teacher1", false, " ")));
        AvailabilityView away = db.inTransaction(s -> s.availability().set(f.admin, "teacher1", false, "病假"));
        assertEquals(false, away.available());
        assertEquals("病假", away.reason());
        assertEquals(PortfolioFixture.NOW, away.since());
        db.inTransaction(s -> s.availability().set(f.admin, "teacher1", true, null));
        assertEquals(true, db.inTransaction(s -> s.availability().get(f.admin, "teacher1")).available());
        assertEquals(1, db.count("TEACHER_AVAILABILITY"));
    }

    @Test
    void section9_2_2_aTeachersAbsenceAndItsReasonAreShownOnlyToTheOfficeTheTeacherAndSubjectTeachers() {
        db.inTransaction(s -> s.availability().set(f.admin, "teacher1", false, "病假"));
        assertEquals("病假", db.inTransaction(s -> s.availability().get(f.teacher1, "teacher1")).reason());
        assertEquals(false, db.inTransaction(s -> s.availability().get(f.teacher2, "teacher1")).available());
        assertEquals(false, db.inTransaction(s -> s.availability().get(f.admin, "teacher1")).available());
        for (Actor other : List.of(f.student1, f.registrar, f.section)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> db.inTransaction(s -> s.availability().get(other, "teacher1")), other.username());
            assertEquals("Only the academic affairs office and subject teachers see a teacher's availability",
                    e.getMessage());
        }
    }
}
