package tw.portfolio.archive.portfolio.diverse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A diverse-performance item as the API shows it.
 *
 * @param id item id
 * @param studentId owner
 * @param academicYear the academic year it was uploaded in
 * @param category category
 * @param name name
 * @param content content
 * @param award award or null
 * @param hours hours or null
 * @param startDate start or null
 * @param endDate end or null
 * @param artifactIds proof files
 * @param state lifecycle state
 * @param createdAt when uploaded
 * @param disputeReason the student's reason while disputed, else null
 */
public record DiverseView(String id, String studentId, int academicYear, DiversePerformanceCategory category, String name,
        String content, String award, Integer hours, LocalDate startDate, LocalDate endDate, List<String> artifactIds,
        DiverseState state, Instant createdAt, String disputeReason) {
}
