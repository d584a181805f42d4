package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DailyScheduleTest {
    private final DailySchedule twoAmTaipei = DailySchedule.of("02:00", "Asia/Taipei");

    @Test
    void beforeTheTimeTheSweepIsDueTodayInTaipei() {
        // 01:00 in Taipei on 8 December is 17:00 UTC on 7 December.
        assertEquals(Instant.parse("2026-12-07T18:00:00Z"), twoAmTaipei.next(Instant.parse("2026-12-07T17:00:00Z")));
    }

    @Test
    void atOrAfterTheTimeTheSweepIsDueTomorrow_soAStartAfterTwoDoesNotSweepAtOnce() {
        assertEquals(Instant.parse("2026-12-08T18:00:00Z"), twoAmTaipei.next(Instant.parse("2026-12-07T18:00:00Z")));
        assertEquals(Instant.parse("2026-12-08T18:00:00Z"), twoAmTaipei.next(Instant.parse("2026-12-08T01:00:00Z")));
    }

    @Test
    void aBadTimeOrZoneIsRefusedNamingTheSetting() {
        assertEquals("archive.retention.sweepTime must be a time such as 02:00, not 25:00",
                assertThrows(IllegalArgumentException.class, () -> DailySchedule.of("25:00", "Asia/Taipei")).getMessage());
        assertEquals("archive.retention.zone must be a time-zone id such as Asia/Taipei, not Mars/Base",
                assertThrows(IllegalArgumentException.class, () -> DailySchedule.of("02:00", "Mars/Base")).getMessage());
    }
}
