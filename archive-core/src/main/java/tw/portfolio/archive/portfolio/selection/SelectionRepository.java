package tw.portfolio.archive.portfolio.selection;

import java.util.List;
import java.util.Optional;

/** Stored selections. */
public interface SelectionRepository {
    Optional<Selection> find(String studentId, int academicYear);

    /**
     * The student-year's selection, created empty if missing, locked (pessimistic write) until the
     * transaction ends. A concurrent first creation makes the loser fail with a conflict.
     */
    Selection lockOrCreate(String studentId, int academicYear);

    /** Every selection of a year, without locks. */
    List<Selection> ofYear(int academicYear);

    /** Every selection of a year, each locked. */
    List<Selection> lockAllOfYear(int academicYear);
}
