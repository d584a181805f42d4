package tw.portfolio.archive.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * What seals and what becomes disposable from {@code asOf} to {@code until}, by day. A sealing day
 * before {@code asOf} is a student whose seal date has come but whom no sweep has sealed yet (the
 * next sweep will); {@code held} counts the students of a day under a standing legal hold (a hold
 * never stops sealing; it stops disposition).
 */
public record RetentionForecast(LocalDate asOf, LocalDate until, int policyVersion, long sealingTotal,
        List<Day> sealing, long disposableTotal, List<Day> disposable) {
    /** Students whose date is {@code date}. */
    public record Day(LocalDate date, long students, long held) {
    }

    public RetentionForecast {
        sealing = List.copyOf(sealing);
        disposable = List.copyOf(disposable);
    }
}
