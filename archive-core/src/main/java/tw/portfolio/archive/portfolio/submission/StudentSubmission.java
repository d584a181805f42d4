package tw.portfolio.archive.portfolio.submission;

import java.util.List;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;

/**
 * What one student submitted for one academic year, with each item's files: the input of the
 * submission package and the receipt statement.
 *
 * @param studentId student
 * @param academicYear Minguo academic year
 * @param courseOutcomes submitted outcomes, in selection order
 * @param diversePerformances submitted diverse-performance items, in selection order
 */
public record StudentSubmission(String studentId, int academicYear, List<OutcomeView> courseOutcomes,
        List<DiverseView> diversePerformances) {

    public boolean isEmpty() {
        return courseOutcomes.isEmpty() && diversePerformances.isEmpty();
    }
}
