package tw.portfolio.archive.calendar;

import java.time.LocalDate;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A semester of an academic year: semester 1 (上學期) runs 1 August – 31 January, semester 2
 * (下學期) 1 February – 31 July. Number 0 is not a semester; national per-year submissions write
 * it, and the domain says {@link AcademicYear} alone for those.
 */
public record Semester(AcademicYear academicYear, int number) implements Comparable<Semester> {

    public Semester {
        if (academicYear == null) {
            throw InvalidInputException.field("academicYear", "is required");
        }
        if (number != 1 && number != 2) {
            throw InvalidInputException.field("semester", "must be 1 or 2");
        }
    }

    public static Semester of(int academicYear, int number) {
        return new Semester(AcademicYear.of(academicYear), number);
    }

    /** The semester a calendar date falls in. */
    public static Semester containing(LocalDate date) {
        AcademicYear year = AcademicYear.containing(date);
        int month = date.getMonthValue();
        boolean first = month >= 8 || month == 1;
        return new Semester(year, first ? 1 : 2);
    }

    public LocalDate firstDay() {
        int startYear = academicYear.value() + AcademicYear.MINGUO_OFFSET;
        return number == 1 ? LocalDate.of(startYear, 8, 1) : LocalDate.of(startYear + 1, 2, 1);
    }

    public LocalDate lastDay() {
        int startYear = academicYear.value() + AcademicYear.MINGUO_OFFSET;
        return number == 1 ? LocalDate.of(startYear + 1, 1, 31) : LocalDate.of(startYear + 1, 7, 31);
    }

    @Override
    public int compareTo(Semester other) {
        int byYear = academicYear.compareTo(other.academicYear);
        return byYear != 0 ? byYear : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return academicYear + "-" + number;
    }
}
