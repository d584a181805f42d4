package tw.portfolio.archive.portfolio.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceRepository;
import tw.portfolio.archive.portfolio.diverse.DiverseState;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.CourseOutcomeRepository;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowPolicy;

/**
 * Replaces a student's selection of an academic year as a whole: only their own items, only
 * certified outcomes, within the limits, inside the selection windows. Every check runs before
 * anything changes, and the student-year row is locked while it is replaced.
 */
public class SelectionService {
    private final SelectionRepository selections;
    private final CourseOutcomeRepository outcomes;
    private final DiversePerformanceRepository diverse;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final SelectionLimit outcomeLimit;
    private final SelectionLimit diverseLimit;
    private final Clock clock;

    public SelectionService(SelectionRepository selections, CourseOutcomeRepository outcomes,
            DiversePerformanceRepository diverse, WindowPolicy windows, PortfolioEvents events,
            PortfolioSettings settings, Clock clock) {
        this.selections = selections;
        this.outcomes = outcomes;
        this.diverse = diverse;
        this.windows = windows;
        this.events = events;
        this.outcomeLimit = SelectionLimit.outcomes(settings);
        this.diverseLimit = SelectionLimit.diverse(settings);
        this.clock = clock;
    }

    /** Replaces the year's selection; on any refusal the previous selection stays as it was. */
    public SelectionView replace(Actor actor, String studentId, int academicYear, List<String> courseOutcomeIds,
            List<String> diversePerformanceIds) {
        if (!actor.isEnrolledStudent(studentId)) {
            throw new ForbiddenException("Enrolled students select their own items; a leaver's login only reads");
        }
        AcademicYear year = AcademicYear.of(academicYear);
        List<String> wantedOutcomes = distinct(courseOutcomeIds, "courseOutcomeIds");
        List<String> wantedDiverse = distinct(diversePerformanceIds, "diversePerformanceIds");
        outcomeLimit.check(wantedOutcomes.size());
        diverseLimit.check(wantedDiverse.size());

        Selection selection = selections.lockOrCreate(studentId, academicYear);
        selection.requireOpen();
        boolean outcomesChanged = !Set.copyOf(selection.outcomeIds()).equals(Set.copyOf(wantedOutcomes));
        boolean diverseChanged = !Set.copyOf(selection.diverseIds()).equals(Set.copyOf(wantedDiverse));
        if (outcomesChanged) {
            windows.requireOpen(WindowPeriod.of(WindowKind.OUTCOME_SELECTION, year));
        }
        if (diverseChanged) {
            windows.requireOpen(WindowPeriod.of(WindowKind.DIVERSE_SELECTION, year));
        }
        List<CourseOutcome> chosenOutcomes = resolveOutcomes(studentId, academicYear, wantedOutcomes, selection);
        List<DiversePerformance> chosenDiverse = resolveDiverse(studentId, academicYear, wantedDiverse, selection);

        for (String id : selection.outcomeIds()) {
            if (!wantedOutcomes.contains(id)) {
                outcomes.find(id).orElseThrow().moveTo(OutcomeState.CERTIFIED);
            }
        }
        for (String id : selection.diverseIds()) {
            if (!wantedDiverse.contains(id)) {
                diverse.find(id).orElseThrow().moveTo(DiverseState.RECORDED);
            }
        }
        chosenOutcomes.stream().filter(o -> o.state() == OutcomeState.CERTIFIED).forEach(o -> o.moveTo(OutcomeState.SELECTED));
        chosenDiverse.stream().filter(d -> d.state() == DiverseState.RECORDED).forEach(d -> d.moveTo(DiverseState.SELECTED));
        selection.replace(wantedOutcomes, wantedDiverse, clock.instant());
        events.record(ArchiveEventType.SELECTION, selection.id(), studentId, actor, Map.of(
                "academicYear", year.toString(),
                "courseOutcomeIds", String.join(",", wantedOutcomes),
                "diversePerformanceIds", String.join(",", wantedDiverse)));
        return view(selection);
    }

    /** Reads the year's selection (empty when never made): the student or school staff. */
    public SelectionView get(Actor actor, String studentId, int academicYear) {
        if (!actor.isStudent(studentId) && !actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the student and school staff see a student's selection");
        }
        AcademicYear.of(academicYear);
        return selections.find(studentId, academicYear).map(this::view)
                .orElse(new SelectionView(studentId, academicYear, List.of(), List.of(), outcomeLimit.max(),
                        diverseLimit.max(), null, null));
    }

    private SelectionView view(Selection s) {
        return s.view(outcomeLimit.max(), diverseLimit.max());
    }

    private List<CourseOutcome> resolveOutcomes(String studentId, int year, List<String> ids, Selection current) {
        List<CourseOutcome> result = new ArrayList<>();
        for (String id : ids) {
            CourseOutcome o = outcomes.find(id).filter(x -> x.studentId().equals(studentId))
                    .orElseThrow(() -> new NotFoundException("No course outcome " + id));
            if (o.academicYear() != year) {
                throw RuleViolationException.of("selection-wrong-year", "Course outcome " + id + " belongs to academic year "
                        + o.academicYear() + ", not " + year);
            }
            boolean alreadyMine = o.state() == OutcomeState.SELECTED && current.outcomeIds().contains(id);
            if (o.state() != OutcomeState.CERTIFIED && !alreadyMine) {
                throw RuleViolationException.of("selection-requires-certified", "Only certified course outcomes can be selected; "
                        + id + " is " + o.state());
            }
            result.add(o);
        }
        return result;
    }

    private List<DiversePerformance> resolveDiverse(String studentId, int year, List<String> ids, Selection current) {
        List<DiversePerformance> result = new ArrayList<>();
        for (String id : ids) {
            DiversePerformance d = diverse.find(id).filter(x -> x.studentId().equals(studentId))
                    .orElseThrow(() -> new NotFoundException("No diverse-performance item " + id));
            if (d.academicYear() != year) {
                throw RuleViolationException.of("selection-wrong-year", "Diverse-performance item " + id
                        + " belongs to academic year " + d.academicYear() + ", not " + year);
            }
            boolean alreadyMine = d.state() == DiverseState.SELECTED && current.diverseIds().contains(id);
            if (d.state() != DiverseState.RECORDED && !alreadyMine) {
                throw new ConflictException("Diverse-performance item " + id + " is " + d.state());
            }
            result.add(d);
        }
        return result;
    }

    private static List<String> distinct(List<String> ids, String field) {
        List<String> list = ids == null ? List.of() : ids;
        Set<String> seen = new HashSet<>();
        for (String id : list) {
            if (id == null || id.isBlank() || !seen.add(id)) {
                throw InvalidInputException.field(field, "ids must be present and listed once");
            }
        }
        return List.copyOf(list);
    }
}
