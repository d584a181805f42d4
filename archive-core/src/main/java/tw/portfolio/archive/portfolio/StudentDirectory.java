package tw.portfolio.archive.portfolio;

import java.util.Optional;
import tw.portfolio.archive.student.NationalId;

/** Port to the enrollment records (foundation issue). Implemented by the integrator. */
public interface StudentDirectory {
    /** The student with this opaque id, or empty. */
    Optional<StudentSummary> findById(String studentId);

    /** The student with this national ID, or empty. */
    Optional<StudentSummary> findByNationalId(NationalId nationalId);
}
