package tw.portfolio.archive.portfolio.submission;

import java.util.List;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceRepository;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.CourseOutcomeRepository;
import tw.portfolio.archive.portfolio.selection.Selection;
import tw.portfolio.archive.portfolio.selection.SelectionRepository;

/** Looks up a submitted selection's items; shared by the submission and receipt services. */
final class SubmittedItems {
    private final SelectionRepository selections;
    private final CourseOutcomeRepository outcomes;
    private final DiversePerformanceRepository diverse;

    SubmittedItems(SelectionRepository selections, CourseOutcomeRepository outcomes, DiversePerformanceRepository diverse) {
        this.selections = selections;
        this.outcomes = outcomes;
        this.diverse = diverse;
    }

    Selection selection(String studentId, int academicYear) {
        return selections.find(studentId, academicYear).filter(Selection::isSubmitted)
                .orElseThrow(() -> new NotFoundException("Nothing was submitted for academic year " + academicYear));
    }

    List<CourseOutcome> outcomesOf(Selection s) {
        return s.outcomeIds().stream().map(id -> outcomes.find(id).orElseThrow()).toList();
    }

    List<DiversePerformance> diverseOf(Selection s) {
        return s.diverseIds().stream().map(id -> diverse.find(id).orElseThrow()).toList();
    }

    StudentSubmission submissionOf(Selection s) {
        return new StudentSubmission(s.studentId(), s.academicYear(),
                outcomesOf(s).stream().map(CourseOutcome::view).toList(),
                diverseOf(s).stream().map(DiversePerformance::view).toList());
    }
}
