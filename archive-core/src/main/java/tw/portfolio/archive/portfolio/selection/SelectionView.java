package tw.portfolio.archive.portfolio.selection;

import java.time.Instant;
import java.util.List;

/**
 * A selection as the API shows it, with the limits so a page can show counts against them.
 *
 * @param studentId student
 * @param academicYear Minguo academic year
 * @param courseOutcomeIds selected outcomes
 * @param diversePerformanceIds selected diverse-performance items
 * @param maxCourseOutcomes the outcome limit
 * @param maxDiversePerformances the diverse-performance limit
 * @param updatedAt last change (null when never selected)
 * @param submittedAt when the year was submitted, else null
 */
public record SelectionView(String studentId, int academicYear, List<String> courseOutcomeIds,
        List<String> diversePerformanceIds, int maxCourseOutcomes, int maxDiversePerformances, Instant updatedAt,
        Instant submittedAt) {
}
