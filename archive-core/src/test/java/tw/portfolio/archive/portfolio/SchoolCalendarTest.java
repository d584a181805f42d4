package tw.portfolio.archive.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    @Test
    void theAcademicYearTurnsAtMidnightOfTheFirstOfAugustInTaipeiEvenOnAUtcServer() {
        Clock lastSecondOf114 = Clock.fixed(Instant.parse("2026-07-31T15:59:59Z"), ZoneOffset.UTC);
        Clock firstSecondOf115 = Clock.fixed(Instant.parse("2026-07-31T16:00:00Z"), ZoneOffset.UTC);
        assertEquals(114, SchoolCalendar.academicYear(lastSecondOf114).value());
        assertEquals(115, SchoolCalendar.academicYear(firstSecondOf115).value());
    }
}
