package tw.portfolio.archive.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import tw.portfolio.archive.calendar.AcademicYear;

/**
 * "Today" at the school: the date in Taiwan's time zone, whatever zone the server's clock runs
 * in, so an upload at 1 August 02:00 in Taipei (31 July in UTC) counts for the new academic year.
 */
public final class SchoolCalendar {
    /** The school's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private SchoolCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static AcademicYear academicYear(Clock clock) {
        return AcademicYear.containing(today(clock));
    }
}
