package tw.portfolio.archive.portfolio;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tw.portfolio.archive.student.NationalId;

/** Port to the enrollment records (foundation issue). Implemented by the integrator. */
public interface StudentDirectory {
    /** The student with this opaque id, or empty. */
    Optional<StudentSummary> findById(String studentId);

    /**
     * The students with these ids, by id, in one batch (a page of search hits or a queue names its
     * students with one query, never one per row); unknown ids are left out.
     */
    Map<String, StudentSummary> findByIds(Collection<String> studentIds);

    /** The student with this national ID, or empty. */
    Optional<StudentSummary> findByNationalId(NationalId nationalId);
}
