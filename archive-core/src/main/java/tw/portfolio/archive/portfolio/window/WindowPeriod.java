package tw.portfolio.archive.portfolio.window;

import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Which window: its kind, academic year and, for per-semester kinds, the semester (0 otherwise).
 *
 * @param kind the kind of window
 * @param academicYear Minguo academic year
 * @param semester 1 or 2 for per-semester kinds, 0 for per-year kinds
 */
public record WindowPeriod(WindowKind kind, int academicYear, int semester) {

    public WindowPeriod {
        if (kind == null) {
            throw InvalidInputException.field("kind", "is required");
        }
        AcademicYear.of(academicYear);
        if (kind.perSemester() && semester != 1 && semester != 2) {
            throw InvalidInputException.field("semester", kind + " is set per semester: give 1 or 2");
        }
        if (!kind.perSemester() && semester != 0) {
            throw InvalidInputException.field("semester", kind + " is set per academic year: give no semester (0)");
        }
    }

    /** A per-semester window. */
    public static WindowPeriod of(WindowKind kind, Semester semester) {
        return new WindowPeriod(kind, semester.academicYear().value(), semester.number());
    }

    /** A per-year window. */
    public static WindowPeriod of(WindowKind kind, AcademicYear year) {
        return new WindowPeriod(kind, year.value(), 0);
    }

    @Override
    public String toString() {
        return kind + " " + academicYear + (semester == 0 ? "" : "-" + semester);
    }
}
