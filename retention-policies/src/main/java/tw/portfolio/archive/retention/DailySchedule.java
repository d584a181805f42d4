package tw.portfolio.archive.retention;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Once a day at a local time in the school's zone: when the daily sealing sweep is due. */
public record DailySchedule(LocalTime time, ZoneId zone) {
    public DailySchedule {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    /** From the settings' text ({@code 02:00}, {@code Asia/Taipei}); refused naming the setting. */
    public static DailySchedule of(String time, String zone) {
        LocalTime t;
        try {
            t = LocalTime.parse(time.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(RetentionSettings.SWEEP_TIME + " must be a time such as 02:00, not " + time, e);
        }
        try {
            return new DailySchedule(t, ZoneId.of(zone.strip()));
        } catch (java.time.DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException(RetentionSettings.ZONE + " must be a time-zone id such as Asia/Taipei, not "
                    + zone, e);
        }
    }

    /** The first run strictly after {@code now}: today's time if it is still to come, else tomorrow's. */
    public Instant next(Instant now) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime today = here.toLocalDate().atTime(time).atZone(zone);
        return (today.isAfter(here) ? today : here.toLocalDate().plusDays(1).atTime(time).atZone(zone)).toInstant();
    }
}
