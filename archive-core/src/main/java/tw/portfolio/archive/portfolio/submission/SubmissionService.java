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

/** Closes a year's submission and runs the receipt statement's confirm / dispute / correct loop. */
public class SubmissionService {
    private final SelectionRepository selections;
    private final CourseOutcomeRepository outcomes;
    private final DiversePerformanceRepository diverse;
    private final OwnedArtifacts artifacts;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final PortfolioSettings settings;
    private final Clock clock;

    public SubmissionService(SelectionRepository selections, CourseOutcomeRepository outcomes,
            DiversePerformanceRepository diverse, OwnedArtifacts artifacts, WindowPolicy windows,
            PortfolioEvents events, PortfolioSettings settings, Clock clock) {
        this.selections = selections;
        this.outcomes = outcomes;
        this.diverse = diverse;
        this.artifacts = artifacts;
        this.windows = windows;
        this.events = events;
        this.settings = settings;
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
            s.outcomeIds().forEach(id -> outcomes.find(id).orElseThrow().moveTo(OutcomeState.SUBMITTED));
            s.diverseIds().forEach(id -> diverse.find(id).orElseThrow().moveTo(DiverseState.SUBMITTED));
            s.markSubmitted(clock.instant());
            events.record(ArchiveEventType.SUBMISSION, s.id(), s.studentId(), actor, Map.of(
                    "academicYear", year.toString(),
                    "courseOutcomeIds", String.join(",", s.outcomeIds()),
                    "diversePerformanceIds", String.join(",", s.diverseIds())));
            StudentSubmission submission = submissionOf(s);
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
                .map(this::submissionOf).filter(s -> !s.isEmpty()).toList();
    }

    /** The receipt engine reports a receipt issued: the student's SUBMITTED items become RECEIPT_ISSUED. */
    public StudentSubmission recordReceiptIssued(Actor actor, String studentId, int academicYear) {
        requireStaff(actor);
        Selection s = submittedSelection(studentId, academicYear);
        int moved = 0;
        for (CourseOutcome o : outcomesOf(s)) {
            if (o.state() == OutcomeState.SUBMITTED) {
                o.moveTo(OutcomeState.RECEIPT_ISSUED);
                moved++;
            }
        }
        for (DiversePerformance d : diverseOf(s)) {
            if (d.state() == DiverseState.SUBMITTED) {
                d.moveTo(DiverseState.RECEIPT_ISSUED);
                moved++;
            }
        }
        if (moved == 0) {
            throw new ConflictException("Nothing of academic year " + academicYear + " is waiting for a receipt");
        }
        events.record(ArchiveEventType.RECEIPT, s.id(), studentId, actor, "ISSUED", Map.of("items", Integer.toString(moved)));
        return submissionOf(s);
    }

    /**
     * Confirms the receipt: the student inside the confirmation window, or the REGISTRAR recording
     * a confirmation received on paper or by e-mail.
     */
    public StudentSubmission confirm(Actor actor, String studentId, int academicYear) {
        boolean onPaper = requireStudentOrRegistrar(actor, studentId, academicYear);
        Selection s = submittedSelection(studentId, academicYear);
        List<CourseOutcome> os = outcomesOf(s).stream().filter(o -> o.state() == OutcomeState.RECEIPT_ISSUED).toList();
        List<DiversePerformance> ds = diverseOf(s).stream().filter(d -> d.state() == DiverseState.RECEIPT_ISSUED).toList();
        if (os.isEmpty() && ds.isEmpty()) {
            throw new ConflictException("No receipt of academic year " + academicYear + " is waiting for confirmation");
        }
        os.forEach(o -> o.moveTo(OutcomeState.CONFIRMED));
        ds.forEach(d -> d.moveTo(DiverseState.CONFIRMED));
        events.record(ArchiveEventType.RECEIPT, s.id(), studentId, actor, "CONFIRMED",
                Map.of("channel", onPaper ? "paper" : "online", "items", Integer.toString(os.size() + ds.size())));
        return submissionOf(s);
    }

    /** Disputes one item of the receipt, with a reason; it waits for the registrar's correction. */
    public StudentSubmission dispute(Actor actor, String studentId, int academicYear, String itemId, String reason) {
        boolean onPaper = requireStudentOrRegistrar(actor, studentId, academicYear);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw InvalidInputException.field("reason", "is required, at most 1000 characters");
        }
        Selection s = submittedSelection(studentId, academicYear);
        if (s.outcomeIds().contains(itemId)) {
            outcomes.find(itemId).orElseThrow().dispute(why);
        } else if (s.diverseIds().contains(itemId)) {
            diverse.find(itemId).orElseThrow().dispute(why);
        } else {
            throw new NotFoundException("No submitted item " + itemId + " in academic year " + academicYear);
        }
        events.record(ArchiveEventType.RECEIPT, itemId, studentId, actor, "DISPUTED",
                Map.of("channel", onPaper ? "paper" : "online", "academicYear", Integer.toString(academicYear)));
        return submissionOf(s);
    }

    /** The REGISTRAR corrects a disputed course outcome and resubmits it; a new receipt follows. */
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
        return submissionOf(submittedSelection(o.studentId(), o.academicYear()));
    }

    /** The REGISTRAR corrects a disputed diverse-performance item and resubmits it. */
    public StudentSubmission correctDiverse(Actor actor, String itemId, DiverseDraft corrected) {
        requireRegistrar(actor);
        DiversePerformance d = diverse.find(itemId).orElseThrow(() -> new NotFoundException("No diverse-performance item " + itemId));
        DiverseDraft draft = corrected.validated();
        if (d.state() != DiverseState.DISPUTED) {
            throw new ConflictException("Only a disputed item is corrected; " + itemId + " is " + d.state());
        }
        artifacts.require(d.studentId(), draft.artifactIds(), false);
        d.correct(draft);
        events.record(ArchiveEventType.SUBMISSION, d.id(), d.studentId(), actor, "RESUBMITTED",
                Map.of("artifactIds", String.join(",", draft.artifactIds())));
        return submissionOf(submittedSelection(d.studentId(), d.academicYear()));
    }

    /** Students of the year whose receipt is not confirmed yet (issued, disputed, or awaiting a new receipt). */
    public List<String> unconfirmed(Actor actor, int academicYear) {
        requireStaff(actor);
        List<String> result = new ArrayList<>();
        for (Selection s : selections.ofYear(academicYear)) {
            boolean open = outcomesOf(s).stream().anyMatch(o -> o.state() != OutcomeState.CONFIRMED)
                    || diverseOf(s).stream().anyMatch(d -> d.state() != DiverseState.CONFIRMED);
            if (s.isSubmitted() && open) {
                result.add(s.studentId());
            }
        }
        return result;
    }

    private boolean requireStudentOrRegistrar(Actor actor, String studentId, int academicYear) {
        if (actor.isStudent(studentId)) {
            windows.requireOpen(WindowPeriod.of(WindowKind.RECEIPT_CONFIRMATION, AcademicYear.of(academicYear)));
            return false;
        }
        if (actor.has(Role.REGISTRAR)) {
            return true;
        }
        throw new ForbiddenException("Only the student, or the registrar for a paper reply, answers a receipt");
    }

    private Selection submittedSelection(String studentId, int academicYear) {
        return selections.find(studentId, academicYear).filter(Selection::isSubmitted)
                .orElseThrow(() -> new NotFoundException("Nothing was submitted for academic year " + academicYear));
    }

    private List<CourseOutcome> outcomesOf(Selection s) {
        return s.outcomeIds().stream().map(id -> outcomes.find(id).orElseThrow()).toList();
    }

    private List<DiversePerformance> diverseOf(Selection s) {
        return s.diverseIds().stream().map(id -> diverse.find(id).orElseThrow()).toList();
    }

    private StudentSubmission submissionOf(Selection s) {
        return new StudentSubmission(s.studentId(), s.academicYear(),
                outcomesOf(s).stream().map(CourseOutcome::view).toList(),
                diverseOf(s).stream().map(DiversePerformance::view).toList());
    }

    private static void requireStaff(Actor actor) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only the registrar and the academic affairs office handle submissions");
        }
    }

    private static void requireRegistrar(Actor actor) {
        if (!actor.has(Role.REGISTRAR)) {
            throw new ForbiddenException("Only the registrar corrects submitted data");
        }
    }
}
