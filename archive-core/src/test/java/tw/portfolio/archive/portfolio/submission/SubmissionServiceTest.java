package tw.portfolio.archive.portfolio.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;
import tw.portfolio.archive.portfolio.PortfolioItems;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceCategory;
import tw.portfolio.archive.portfolio.diverse.DiverseState;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;

class SubmissionServiceTest {
    private static final int YEAR = PortfolioFixture.YEAR;
    private static final String S1 = PortfolioFixture.STUDENT1;
    private static final Instant AFTER_SELECTION = PortfolioFixture.NOW.plus(Duration.ofDays(31));
    private static final Instant RECEIPT_OPENS = PortfolioFixture.NOW.plus(Duration.ofDays(40));

    private PortfolioFixture f;
    private PortfolioDatabase db;
    private List<String> outcomes;
    private List<String> diverse;

    @BeforeEach
    void setUp() {
        f = new PortfolioFixture();
        db = new PortfolioDatabase(f);
        f.seed(db);
        PortfolioItems items = new PortfolioItems(f, db);
        outcomes = items.outcomes(3, true);
        diverse = items.diverse(2);
        db.inTransaction(s -> s.selections().replace(f.student1, S1, YEAR, outcomes.subList(0, 2), diverse));
        db.inTransaction(s -> s.windows().set(f.admin, WindowPeriod.of(WindowKind.RECEIPT_CONFIRMATION, AcademicYear.of(YEAR)),
                RECEIPT_OPENS, RECEIPT_OPENS.plus(Duration.ofDays(3))));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<StudentSubmission> close() {
        return db.inTransaction(s -> s.submissions().closeSubmission(f.admin, YEAR));
    }

    @Test
    void receiptRuleTheSubmissionClosesOnlyAfterTheSelectionWindows() {
        RuleViolationException early = assertThrows(RuleViolationException.class, this::close);
        assertEquals("window-not-closed", early.problemType());
        f.clock.set(AFTER_SELECTION);
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.submissions().closeSubmission(f.registrar, YEAR)));
        assertEquals(0, db.scalar("SELECT COUNT(*) FROM COURSE_OUTCOME WHERE STATE = 'SUBMITTED'"));
    }

    @Test
    void receiptRuleClosingSubmitsAndLocksTheSelectedItemsWithTheirFiles() {
        f.clock.set(AFTER_SELECTION);
        List<StudentSubmission> submitted = close();
        assertEquals(1, submitted.size());
        StudentSubmission mine = submitted.get(0);
        assertEquals(S1, mine.studentId());
        assertEquals(outcomes.subList(0, 2), mine.courseOutcomes().stream().map(OutcomeView::id).toList());
        assertEquals(1, mine.courseOutcomes().get(0).artifactIds().size());
        assertEquals(List.of(OutcomeState.SUBMITTED, OutcomeState.SUBMITTED),
                mine.courseOutcomes().stream().map(OutcomeView::state).toList());
        assertEquals(DiverseState.SUBMITTED, mine.diversePerformances().get(0).state());
        assertEquals(OutcomeState.CERTIFIED, db.inTransaction(s -> s.outcomes().get(f.student1, outcomes.get(2))).state());
        assertEquals(List.of(), close(), "closing again submits nothing new");
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.selections()
                .replace(f.student1, S1, YEAR, List.of(), List.of())));
        assertEquals(1, f.events.ofType(ArchiveEventType.SUBMISSION).size());
    }

    @Test
    void receiptRuleADisputeReopensTheItemForTheRegistrarToCorrectAndResubmit() {
        f.clock.set(AFTER_SELECTION);
        close();
        db.inTransaction(s -> s.submissions().recordReceiptIssued(f.registrar, S1, YEAR));
        String disputed = outcomes.get(0);

        RuleViolationException early = assertThrows(RuleViolationException.class, () -> db.inTransaction(s -> s.receipts()
                .dispute(f.student1, S1, YEAR, disputed, "檔案錯誤")));
        assertEquals("window-closed", early.problemType());
        f.clock.set(RECEIPT_OPENS);
        db.inTransaction(s -> s.receipts().dispute(f.student1, S1, YEAR, disputed, "上傳的是舊版檔案"));
        assertEquals(OutcomeState.DISPUTED, db.inTransaction(s -> s.outcomes().get(f.student1, disputed)).state());
        assertEquals(List.of(S1), db.inTransaction(s -> s.receipts().unconfirmed(f.registrar, YEAR)));

        String corrected = f.artifacts.pdfOf(S1);
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.receipts()
                .correctOutcome(f.student1, disputed, "修正版", List.of(corrected))));
        StudentSubmission resubmitted = db.inTransaction(s -> s.receipts()
                .correctOutcome(f.registrar, disputed, "修正版", List.of(corrected)));
        OutcomeView fixed = resubmitted.courseOutcomes().get(0);
        assertEquals(OutcomeState.SUBMITTED, fixed.state());
        assertEquals(List.of(corrected), fixed.artifactIds());
        assertEquals(List.of(S1), db.inTransaction(s -> s.receipts().unconfirmed(f.registrar, YEAR)));

        db.inTransaction(s -> s.submissions().recordReceiptIssued(f.registrar, S1, YEAR));
        StudentSubmission confirmed = db.inTransaction(s -> s.receipts().confirm(f.student1, S1, YEAR));
        assertEquals(List.of(OutcomeState.CONFIRMED, OutcomeState.CONFIRMED),
                confirmed.courseOutcomes().stream().map(OutcomeView::state).toList());
        assertEquals(List.of(DiverseState.CONFIRMED, DiverseState.CONFIRMED),
                confirmed.diversePerformances().stream().map(d -> d.state()).toList());
        assertEquals(List.of(), db.inTransaction(s -> s.receipts().unconfirmed(f.registrar, YEAR)));
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.receipts().confirm(f.student1, S1, YEAR)));
    }

    @Test
    void receiptRuleTheRegistrarRecordsAPaperConfirmationOutsideTheWindow() {
        f.clock.set(AFTER_SELECTION);
        close();
        db.inTransaction(s -> s.submissions().recordReceiptIssued(f.registrar, S1, YEAR));
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.receipts().confirm(f.student2, S1, YEAR)));
        StudentSubmission confirmed = db.inTransaction(s -> s.receipts().confirm(f.registrar, S1, YEAR));
        assertEquals(List.of(OutcomeState.CONFIRMED, OutcomeState.CONFIRMED),
                confirmed.courseOutcomes().stream().map(OutcomeView::state).toList());
        assertEquals(List.of(), db.inTransaction(s -> s.receipts().unconfirmed(f.registrar, YEAR)));
        assertEquals("paper", f.events.ofType(ArchiveEventType.RECEIPT).get(1).detail().get("channel"));
    }

    @Test
    void receiptRuleADisputedDiverseItemIsCorrectedByTheRegistrarAndOnlyAnIssuedItemIsDisputed() {
        f.clock.set(AFTER_SELECTION);
        close();
        f.clock.set(RECEIPT_OPENS);
        String item = diverse.get(1);
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.receipts().dispute(f.student1, S1, YEAR, item, "時數錯誤")),
                "nothing is issued yet");
        db.inTransaction(s -> s.submissions().recordReceiptIssued(f.registrar, S1, YEAR));
        assertThrows(NotFoundException.class, () -> db.inTransaction(s -> s.receipts().dispute(f.student1, S1, YEAR, outcomes.get(2), "x")),
                "an item that was not submitted");
        db.inTransaction(s -> s.receipts().dispute(f.student1, S1, YEAR, item, "時數應為 8 小時"));
        assertEquals("時數應為 8 小時", db.inTransaction(s -> s.diverse().get(f.student1, item)).disputeReason());

        DiverseDraft fixed = new DiverseDraft(DiversePerformanceCategory.SERVICE_LEARNING, "淨灘", "海灘清潔服務", null, 8, null, null, List.of());
        StudentSubmission after = db.inTransaction(s -> s.receipts().correctDiverse(f.registrar, item, fixed));
        DiverseView corrected = after.diversePerformances().get(1);
        assertEquals(DiverseState.SUBMITTED, corrected.state());
        assertEquals(8, corrected.hours());
        assertEquals(null, corrected.disputeReason());
        assertThrows(ConflictException.class, () -> db.inTransaction(s -> s.receipts().correctDiverse(f.registrar, item, fixed)));
    }
}
