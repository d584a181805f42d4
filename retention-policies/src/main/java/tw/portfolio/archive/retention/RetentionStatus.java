package tw.portfolio.archive.retention;

import java.util.Optional;

/**
 * Reads where a student stands in retention: the one place other features (deletion requests,
 * sealed-content access, disposition) ask whether a student is sealed or held.
 */
public interface RetentionStatus {
    /** The student's retention standing, or empty when there is no such student. */
    Optional<StudentRetention> of(String studentId);
}
