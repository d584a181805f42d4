package tw.portfolio.archive.portfolio.diverse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;
import tw.portfolio.archive.portfolio.PortfolioItems;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;

class DiversePerformanceServiceTest {
    private static final String S1 = PortfolioFixture.STUDENT1;

    private PortfolioFixture f;
    private PortfolioDatabase db;

    @BeforeEach
    void setUp() {
        // Limit 3 instead of 30 keeps the test short; the default 30 is asserted in DiverseUploadLimitTest.
        f = new PortfolioFixture(new PortfolioSettings(6, 10, 3, 100, 3, 4L << 20, 10L << 20));
        db = new PortfolioDatabase(f);
        f.seed(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void section4_4_aStudentRecordsAnItemWithProofInTheCurrentAcademicYear() {
        String proof = f.artifacts.add(S1, "image/jpeg", 2_000);
        DiverseDraft draft = new DiverseDraft(DiversePerformanceCategory.COMPETITION, " 全國科展 ", "物理組", "佳作", 20,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), List.of(proof));
        DiverseView created = db.inTransaction(s -> s.diverse().create(f.student1, S1, draft));
        DiverseView read = db.inTransaction(s -> s.diverse().get(f.student1, created.id()));
        assertEquals("全國科展", read.name());
        assertEquals(115, read.academicYear());
        assertEquals(DiverseState.RECORDED, read.state());
        assertEquals(List.of(proof), read.artifactIds());
        assertEquals(LocalDate.of(2026, 10, 1), read.endDate());
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.diverse().get(f.student2, created.id())));
    }

    @Test
    void section4_4_uploadsStopAtTheYearlyLimitAndTheRefusalChangesNothing() {
        new PortfolioItems(f, db).diverse(3);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> db.inTransaction(s -> s.diverse().create(f.student1, S1, PortfolioItems.draft())));
        assertEquals("diverse-upload-limit", e.problemType());
        assertEquals(3, db.count("DIVERSE_PERFORMANCE"));
        db.inTransaction(s -> s.diverse().create(f.student2, PortfolioFixture.STUDENT2, PortfolioItems.draft()));
        assertEquals(4, db.count("DIVERSE_PERFORMANCE"));
    }

    @Test
    void section4_4_theLimitCountsPerAcademicYear() {
        new PortfolioItems(f, db).diverse(3);
        Instant nextYear = Instant.parse("2027-08-10T00:00:00Z");
        db.inTransaction(s -> s.windows().set(f.admin, WindowPeriod.of(WindowKind.DIVERSE_UPLOAD, AcademicYear.of(116)),
                nextYear.minus(Duration.ofDays(5)), nextYear.plus(Duration.ofDays(5))));
        f.clock.set(nextYear);
        assertEquals(116, db.inTransaction(s -> s.diverse().create(f.student1, S1, PortfolioItems.draft())).academicYear());
    }

    @Test
    void section4_4_badItemsForeignProofOtherStudentsAndAClosedWindowAreRefused() {
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> db.inTransaction(s -> s.diverse().create(f.student1, S1,
                new DiverseDraft(null, "", "x", null, -1, LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1), List.of()))));
        assertEquals(List.of("category", "name", "hours", "endDate"), bad.fieldErrors().stream().map(x -> x.field()).toList());
        String foreign = f.artifacts.pdfOf(PortfolioFixture.STUDENT2);
        DiverseDraft withForeign = new DiverseDraft(DiversePerformanceCategory.OTHER, "x", "y", null, null, null, null, List.of(foreign));
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.diverse().create(f.student1, S1, withForeign)));
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.diverse().create(f.student2, S1, PortfolioItems.draft())));
        f.clock.advance(Duration.ofDays(30));
        RuleViolationException closed = assertThrows(RuleViolationException.class,
                () -> db.inTransaction(s -> s.diverse().create(f.student1, S1, PortfolioItems.draft())));
        assertEquals("window-closed", closed.problemType());
        assertEquals(0, db.count("DIVERSE_PERFORMANCE"));
    }
}
