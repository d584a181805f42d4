package tw.portfolio.archive.calendar;

import java.time.LocalDate;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * An academic year (學年度) in Minguo numbering: 學年度 N starts on 1 August of Gregorian year
 * N + 1911 and ends on 31 July of the next year (DOMAIN.md, Calendar facts).
 */
public record AcademicYear(int value) implements Comparable<AcademicYear> {
    /** Offset between Gregorian and Minguo years. */
    public static final int MINGUO_OFFSET = 1911;

    public AcademicYear {
        if (value < 1 || value > 999) {
            throw InvalidInputException.field("academicYear", "must be a Minguo year between 1 and 999");
        }
    }

    public static AcademicYear of(int value) {
        return new AcademicYear(value);
    }

    /** The academic year a calendar date falls in. */
    public static AcademicYear containing(LocalDate date) {
        int gregorian = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return new AcademicYear(gregorian - MINGUO_OFFSET);
    }

    /** 1 August of the year it starts. */
    public LocalDate firstDay() {
        return LocalDate.of(value + MINGUO_OFFSET, 8, 1);
    }

    /** 31 July of the year it ends. */
    public LocalDate lastDay() {
        return LocalDate.of(value + MINGUO_OFFSET + 1, 7, 31);
    }

    public AcademicYear next() {
        return new AcademicYear(value + 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
