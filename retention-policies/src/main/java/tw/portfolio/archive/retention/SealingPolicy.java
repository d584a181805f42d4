package tw.portfolio.archive.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * §5, §6: a student's portfolio is sealed (封存) a retention period after the student completes
 * senior high education (graduation or leaving); after sealing the student may ask for deletion.
 * The period is a setting ({@code archive.retention.sealAfter}, default five years).
 */
public final class SealingPolicy {
    /** The seed's default: five years after completion. */
    public static final Period DEFAULT_SEAL_AFTER = Period.ofYears(5);

    private final Period sealAfter;

    public SealingPolicy(Period sealAfter) {
        this.sealAfter = Objects.requireNonNull(sealAfter, "sealAfter");
        if (sealAfter.isNegative() || sealAfter.isZero()) {
            throw new IllegalArgumentException("sealAfter must be positive");
        }
    }

    public static SealingPolicy defaults() {
        return new SealingPolicy(DEFAULT_SEAL_AFTER);
    }

    /** The first day on which the portfolio is sealed. */
    public LocalDate sealDate(LocalDate completedOn) {
        return completedOn.plus(sealAfter);
    }

    /** True when, on {@code today}, a portfolio completed on {@code completedOn} is sealed. */
    public boolean isSealed(LocalDate completedOn, LocalDate today) {
        return !today.isBefore(sealDate(completedOn));
    }
}
