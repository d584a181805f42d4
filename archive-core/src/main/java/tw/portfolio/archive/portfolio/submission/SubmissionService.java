package tw.portfolio.archive.portfolio.submission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceRepository;
import tw.portfolio.archive.portfolio.diverse.DiverseState;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.CourseOutcomeRepository;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.selection.Selection;
import tw.portfolio.archive.portfolio.selection.SelectionRepository;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowPolicy;

/**
 * Closes a year's submission (selected items become SUBMITTED and locked) and records each
 * receipt the receipt engine issues. The student's answer is {@link ReceiptConfirmationService}.
 */
public class SubmissionService {
    private final SelectionRepository selections;
    private final SubmittedItems items;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final Clock clock;

    public SubmissionService(SelectionRepository selections, CourseOutcomeRepository outcomes,
            DiversePerformanceRepository diverse, WindowPolicy windows, PortfolioEvents events, Clock clock) {
        this.selections = selections;
        this.items = new SubmittedItems(selections, outcomes, diverse);
        this.windows = windows;
        this.events = events;
        this.clock = clock;
    }

    /**
     * ACADEMIC_ADMIN closes the year's submission once both selection windows have closed: every
     * selected item becomes SUBMITTED and each selection is locked. Returns the students with
     * something submitted, for the receipt engine. Closing again submits nothing new.
     */
    public List<StudentSubmission> closeSubmission(Actor actor, int academicYear) {
        if (!actor.has(Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the academic affairs office closes the submission");
        }
        AcademicYear year = AcademicYear.of(academicYear);
        windows.requireClosed(WindowPeriod.of(WindowKind.OUTCOME_SELECTION, year));
        windows.requireClosed(WindowPeriod.of(WindowKind.DIVERSE_SELECTION, year));
        List<StudentSubmission> result = new ArrayList<>();
        for (Selection s : selections.lockAllOfYear(academicYear)) {
            if (s.isSubmitted()) {
                continue;
            }
            items.outcomesOf(s).forEach(o -> o.moveTo(OutcomeState.SUBMITTED));
            items.diverseOf(s).forEach(d -> d.moveTo(DiverseState.SUBMITTED));
            s.markSubmitted(clock.instant());
            events.record(ArchiveEventType.SUBMISSION, s.id(), s.studentId(), actor, Map.of(
                    "academicYear", year.toString(),
                    "courseOutcomeIds", String.join(",", s.outcomeIds()),
                    "diversePerformanceIds", String.join(",", s.diverseIds())));
            StudentSubmission submission = items.submissionOf(s);
            if (!submission.isEmpty()) {
                result.add(submission);
            }
        }
        return result;
    }

    /** Every submitted selection of the year with its items' current state (to rebuild packages). */
    public List<StudentSubmission> submitted(Actor actor, int academicYear) {
        requireStaff(actor);
        return selections.ofYear(academicYear).stream().filter(Selection::isSubmitted)
                .map(items::submissionOf).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The receipt engine reports a receipt issued for the student's year: the SUBMITTED items
     * (all of them the first time, the corrected ones after a dispute) become RECEIPT_ISSUED.
     */
    public StudentSubmission recordReceiptIssued(Actor actor, String studentId, int academicYear) {
        requireStaff(actor);
        Selection s = items.selection(studentId, academicYear);
        int moved = 0;
        for (CourseOutcome o : items.outcomesOf(s)) {
            if (o.state() == OutcomeState.SUBMITTED) {
                o.moveTo(OutcomeState.RECEIPT_ISSUED);
                moved++;
            }
        }
        for (DiversePerformance d : items.diverseOf(s)) {
            if (d.state() == DiverseState.SUBMITTED) {
                d.moveTo(DiverseState.RECEIPT_ISSUED);
                moved++;
            }
        }
        if (moved == 0) {
            throw new ConflictException("Nothing of academic year " + academicYear + " is waiting for a receipt");
        }
        events.record(ArchiveEventType.RECEIPT, s.id(), studentId, actor, "ISSUED", Map.of("items", Integer.toString(moved)));
        return items.submissionOf(s);
    }

    static void requireStaff(Actor actor) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only the registrar and the academic affairs office handle submissions");
        }
    }
}
