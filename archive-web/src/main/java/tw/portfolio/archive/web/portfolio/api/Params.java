package tw.portfolio.archive.web.portfolio.api;

import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.InvalidInputException;

/** Query and body parameters every portfolio resource reads the same way. */
final class Params {
    private Params() {
    }

    static Semester semester(Integer academicYear, Integer semester) {
        if (academicYear == null) {
            throw InvalidInputException.field("academicYear", "is required (Minguo year, e.g. 115)");
        }
        if (semester == null) {
            throw InvalidInputException.field("semester", "is required (1 or 2)");
        }
        return Semester.of(academicYear, semester);
    }
}
