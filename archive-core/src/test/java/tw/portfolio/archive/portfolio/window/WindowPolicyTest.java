package tw.portfolio.archive.portfolio.window;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.MutableClock;
import tw.portfolio.archive.portfolio.PortfolioSettings;

class WindowPolicyTest {
    private static final Instant OPENS = Instant.parse("2026-09-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-02-15T16:00:00Z");
    private static final WindowPeriod UPLOAD = WindowPeriod.of(WindowKind.OUTCOME_UPLOAD, Semester.of(115, 1));

    private final PortfolioSettings settings = PortfolioSettings.defaults();
    private final MutableClock clock = new MutableClock(OPENS);
    private final ListWindows windows = new ListWindows();
    private final WindowPolicy policy = new WindowPolicy(windows, clock);

    @Test
    void windowsAreRefusedOneSecondBeforeTheyOpen() {
        windows.add(Window.define(UPLOAD, OPENS, CLOSES, settings));
        clock.set(OPENS.minusSeconds(1));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> policy.requireOpen(UPLOAD));
        assertEquals("window-closed", e.problemType());
        assertEquals("The 課程學習成果上傳 (OUTCOME_UPLOAD 115-1) window is open from 2026-09-01T00:00:00Z (inclusive)"
                + " to 2027-02-15T16:00:00Z (exclusive); it is now 2026-08-31T23:59:59Z", e.getMessage());
    }

    @Test
    void windowsAcceptFromTheirOpeningInstantToOneSecondBeforeTheirClosing() {
        windows.add(Window.define(UPLOAD, OPENS, CLOSES, settings));
        clock.set(OPENS);
        assertDoesNotThrow(() -> policy.requireOpen(UPLOAD));
        clock.set(CLOSES.minusSeconds(1));
        assertDoesNotThrow(() -> policy.requireOpen(UPLOAD));
        assertTrue(policy.isOpen(UPLOAD));
    }

    @Test
    void windowsAreRefusedFromTheirClosingInstantOn() {
        windows.add(Window.define(UPLOAD, OPENS, CLOSES, settings));
        clock.set(CLOSES);
        assertThrows(RuleViolationException.class, () -> policy.requireOpen(UPLOAD));
        clock.set(CLOSES.plusSeconds(1));
        assertThrows(RuleViolationException.class, () -> policy.requireOpen(UPLOAD));
        assertDoesNotThrow(() -> policy.requireClosed(UPLOAD));
    }

    @Test
    void aWindowThatWasNeverSetIsClosed() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> policy.requireOpen(UPLOAD));
        assertEquals("The 課程學習成果上傳 (OUTCOME_UPLOAD 115-1) window has not been set", e.getMessage());
    }

    @Test
    void receiptRuleTheConfirmationWindowLastsAtLeastThreeDays() {
        WindowPeriod receipt = WindowPeriod.of(WindowKind.RECEIPT_CONFIRMATION, AcademicYear.of(115));
        assertDoesNotThrow(() -> Window.define(receipt, OPENS, OPENS.plus(Duration.ofDays(3)), settings));
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> Window.define(receipt, OPENS, OPENS.plus(Duration.ofDays(3)).minusSeconds(1), settings));
        assertEquals("receipt-window-minimum", e.problemType());
    }

    @Test
    void aWindowClosesAfterItOpensAndPerSemesterKindsNeedASemester() {
        assertThrows(InvalidInputException.class, () -> Window.define(UPLOAD, OPENS, OPENS, settings));
        assertThrows(InvalidInputException.class, () -> new WindowPeriod(WindowKind.CERTIFICATION, 115, 0));
        assertThrows(InvalidInputException.class, () -> new WindowPeriod(WindowKind.OUTCOME_SELECTION, 115, 1));
    }

    /** Windows in a list. */
    static final class ListWindows implements WindowRepository {
        private final List<Window> all = new ArrayList<>();

        @Override
        public Optional<Window> find(WindowPeriod period) {
            return all.stream().filter(w -> w.period().equals(period)).findFirst();
        }

        @Override
        public List<Window> ofYear(int academicYear) {
            return all.stream().filter(w -> w.period().academicYear() == academicYear).toList();
        }

        @Override
        public void add(Window window) {
            all.add(window);
        }
    }
}
