package tw.portfolio.archive.portfolio.outcome;

import java.time.Instant;
import java.util.List;

/**
 * A course outcome as the API shows it.
 *
 * @param id outcome id
 * @param studentId owner
 * @param courseId course
 * @param academicYear the course's academic year (the selection year it counts toward)
 * @param description 簡述
 * @param artifactIds files, in order
 * @param state lifecycle state
 * @param revision 1, then one more per re-upload or correction
 * @param uploadedAt when the current revision was uploaded
 * @param certifications every decision, oldest first (the last one is current)
 * @param disputeReason the student's reason while disputed, else null
 */
public record OutcomeView(String id, String studentId, String courseId, int academicYear, String description,
        List<String> artifactIds, OutcomeState state, int revision, Instant uploadedAt,
        List<CertificationView> certifications, String disputeReason) {
}
