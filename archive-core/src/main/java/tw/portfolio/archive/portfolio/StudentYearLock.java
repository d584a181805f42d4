package tw.portfolio.archive.portfolio;

/**
 * Serialises changes to one student's academic year (selection, diverse uploads), so two requests
 * from two browser tabs cannot both pass a limit check. The lock is held until the caller's
 * transaction ends.
 */
public interface StudentYearLock {
    /** Blocks until this transaction holds the student-year's lock. */
    void lock(String studentId, int academicYear);
}
