package tw.portfolio.archive.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One version of the retention policies: the periods every category's policy uses from
 * {@code effectiveFrom} on. A new version never reaches back: a student sealed under version 1
 * keeps the seal date version 1 gave them.
 *
 * @param version       1, 2, ...; 0 for the settings before any version is stored
 * @param sealAfter     how long after completion a student is sealed
 * @param disposeAfter  how long after sealing the school's own retention ends
 * @param effectiveFrom when this version came into force
 */
public record PolicyVersion(int version, Period sealAfter, Period disposeAfter, Instant effectiveFrom) {
    public PolicyVersion {
        Objects.requireNonNull(sealAfter, "sealAfter");
        Objects.requireNonNull(disposeAfter, "disposeAfter");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        positive(RetentionSettings.SEAL_AFTER, sealAfter);
        positive(RetentionSettings.DISPOSE_AFTER, disposeAfter);
    }

    /** A period setting as ISO 8601 ({@code P5Y}); refused when unreadable, zero or negative. */
    public static Period period(String setting, String value) {
        try {
            return positive(setting, Period.parse(value.strip()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(setting + " must be an ISO 8601 period such as P5Y, not " + value, e);
        }
    }

    private static Period positive(String setting, Period p) {
        if (p.isZero() || p.isNegative()) {
            throw new IllegalArgumentException(setting + " must be a positive period, not " + p);
        }
        return p;
    }

    /** True when {@code other} has the same rules (periods), whatever its number and date. */
    public boolean sameRulesAs(PolicyVersion other) {
        return sealAfter.equals(other.sealAfter) && disposeAfter.equals(other.disposeAfter);
    }

    public SealingPolicy sealing() {
        return new SealingPolicy(sealAfter);
    }

    /** The first day a student who completed on {@code completedOn} is sealed under this version. */
    public LocalDate sealDate(LocalDate completedOn) {
        return completedOn.plus(sealAfter);
    }

    /** The first day the school may dispose of what was sealed on {@code sealDate}. */
    public LocalDate disposableFrom(LocalDate sealDate) {
        return sealDate.plus(disposeAfter);
    }

    /**
     * The latest completion date sealed by {@code asOf}: every student who completed on it or before
     * has a seal date on or before {@code asOf} (plus is monotonic, but not the inverse of minus at
     * month ends, so the edge is found by stepping).
     */
    public LocalDate lastCompletionSealedBy(LocalDate asOf) {
        LocalDate c = asOf.minus(sealAfter);
        while (!sealDate(c.plusDays(1)).isAfter(asOf)) {
            c = c.plusDays(1);
        }
        while (sealDate(c).isAfter(asOf)) {
            c = c.minusDays(1);
        }
        return c;
    }

    /** The policy of each category under this version. */
    public List<RetentionPolicy> policies() {
        return Arrays.stream(RetentionCategory.values()).map(c -> RetentionPolicy.of(c, sealAfter, disposeAfter)).toList();
    }
}
