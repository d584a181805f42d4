package tw.portfolio.archive.portfolio.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.OwnedArtifacts;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceRepository;
import tw.portfolio.archive.portfolio.diverse.DiverseState;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.CourseOutcomeRepository;
import tw.portfolio.archive.portfolio.outcome.OutcomeDescription;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.selection.Selection;
import tw.portfolio.archive.portfolio.selection.SelectionRepository;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowPolicy;

/**
 * The receipt statement's answer (收訖明細): the student confirms or disputes inside the
 * confirmation window; the REGISTRAR records answers received on paper, corrects a disputed item
 * and resubmits it (a new receipt follows), and sees who has not confirmed.
 */
public class ReceiptConfirmationService {
    private final SelectionRepository selections;
    private final CourseOutcomeRepository outcomes;
    private final DiversePerformanceRepository diverse;
    private final SubmittedItems items;
    private final OwnedArtifacts artifacts;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final PortfolioSettings settings;

    public ReceiptConfirmationService(SelectionRepository selections, CourseOutcomeRepository outcomes,
            DiversePerformanceRepository diverse, OwnedArtifacts artifacts, WindowPolicy windows, PortfolioEvents events,
            PortfolioSettings settings) {
        this.selections = selections;
        this.outcomes = outcomes;
        this.diverse = diverse;
        this.items = new SubmittedItems(selections, outcomes, diverse);
        this.artifacts = artifacts;
        this.windows = windows;
        this.events = events;
        this.settings = settings;
    }

    /** Confirms every issued item: the student inside the window, or the REGISTRAR for a paper reply. */
    public StudentSubmission confirm(Actor actor, String studentId, int academicYear) {
        String channel = answering(actor, studentId, academicYear);
        Selection s = items.selection(studentId, academicYear);
        List<CourseOutcome> os = items.outcomesOf(s).stream().filter(o -> o.state() == OutcomeState.RECEIPT_ISSUED).toList();
        List<DiversePerformance> ds = items.diverseOf(s).stream().filter(d -> d.state() == DiverseState.RECEIPT_ISSUED).toList();
        if (os.isEmpty() && ds.isEmpty()) {
            throw new ConflictException("No receipt of academic year " + academicYear + " is waiting for confirmation");
        }
        os.forEach(o -> o.moveTo(OutcomeState.CONFIRMED));
        ds.forEach(d -> d.moveTo(DiverseState.CONFIRMED));
        events.record(ArchiveEventType.RECEIPT, s.id(), studentId, actor, "CONFIRMED",
                Map.of("channel", channel, "items", Integer.toString(os.size() + ds.size())));
        return items.submissionOf(s);
    }

    /** Disputes one issued item, with a reason; it waits for the registrar's correction. */
    public StudentSubmission dispute(Actor actor, String studentId, int academicYear, String itemId, String reason) {
        String channel = answering(actor, studentId, academicYear);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw InvalidInputException.field("reason", "is required, at most 1000 characters");
        }
        Selection s = items.selection(studentId, academicYear);
        if (s.outcomeIds().contains(itemId)) {
            outcomes.find(itemId).orElseThrow().dispute(why);
        } else if (s.diverseIds().contains(itemId)) {
            diverse.find(itemId).orElseThrow().dispute(why);
        } else {
            throw new NotFoundException("No submitted item " + itemId + " in academic year " + academicYear);
        }
        events.record(ArchiveEventType.RECEIPT, itemId, studentId, actor, "DISPUTED",
                Map.of("channel", channel, "academicYear", Integer.toString(academicYear)));
        return items.submissionOf(s);
    }

    /** The REGISTRAR corrects a disputed course outcome and resubmits it. */
    public StudentSubmission correctOutcome(Actor actor, String outcomeId, String description, List<String> artifactIds) {
        requireRegistrar(actor);
        CourseOutcome o = outcomes.find(outcomeId).orElseThrow(() -> new NotFoundException("No course outcome " + outcomeId));
        OutcomeDescription text = OutcomeDescription.of(description, settings.outcomeDescriptionMaxChars());
        if (o.state() != OutcomeState.DISPUTED) {
            throw new ConflictException("Only a disputed item is corrected; " + outcomeId + " is " + o.state());
        }
        List<String> files = artifacts.require(o.studentId(), artifactIds, true);
        o.correct(text, files);
        events.record(ArchiveEventType.SUBMISSION, o.id(), o.studentId(), actor, "RESUBMITTED",
                Map.of("artifactIds", String.join(",", files)));
        return items.submissionOf(items.selection(o.studentId(), o.academicYear()));
    }

    /** The REGISTRAR corrects a disputed diverse-performance item and resubmits it. */
    public StudentSubmission correctDiverse(Actor actor, String itemId, DiverseDraft corrected) {
        requireRegistrar(actor);
        DiversePerformance d = diverse.find(itemId)
                .orElseThrow(() -> new NotFoundException("No diverse-performance item " + itemId));
        DiverseDraft draft = corrected.validated();
        if (d.state() != DiverseState.DISPUTED) {
            throw new ConflictException("Only a disputed item is corrected; " + itemId + " is " + d.state());
        }
        artifacts.require(d.studentId(), draft.artifactIds(), false);
        d.correct(draft);
        events.record(ArchiveEventType.SUBMISSION, d.id(), d.studentId(), actor, "RESUBMITTED",
                Map.of("artifactIds", String.join(",", draft.artifactIds())));
        return items.submissionOf(items.selection(d.studentId(), d.academicYear()));
    }

    /** Students of the year whose receipt is not fully confirmed (issued, disputed, or awaiting a new receipt). */
    public List<String> unconfirmed(Actor actor, int academicYear) {
        SubmissionService.requireStaff(actor);
        List<String> result = new ArrayList<>();
        for (Selection s : selections.ofYear(academicYear)) {
            boolean open = items.outcomesOf(s).stream().anyMatch(o -> o.state() != OutcomeState.CONFIRMED)
                    || items.diverseOf(s).stream().anyMatch(d -> d.state() != DiverseState.CONFIRMED);
            if (s.isSubmitted() && open) {
                result.add(s.studentId());
            }
        }
        return result;
    }

    /** Who answers and how: "online" for the student inside the window, "paper" for the registrar. */
    private String answering(Actor actor, String studentId, int academicYear) {
        if (actor.isStudent(studentId)) {
            windows.requireOpen(WindowPeriod.of(WindowKind.RECEIPT_CONFIRMATION, AcademicYear.of(academicYear)));
            return "online";
        }
        if (actor.has(Role.REGISTRAR)) {
            return "paper";
        }
        throw new ForbiddenException("Only the student, or the registrar for a paper reply, answers a receipt");
    }

    private static void requireRegistrar(Actor actor) {
        if (!actor.has(Role.REGISTRAR)) {
            throw new ForbiddenException("Only the registrar corrects submitted data");
        }
    }
}
