package tw.portfolio.archive.account;

import java.time.Duration;

/**
 * How failed logins are throttled (settings, see {@code ArchiveSettings}). After {@code threshold}
 * failures of one username from one client address, or {@code addressThreshold} failures of any
 * usernames from one address, that pair (or address) must wait: first {@code firstDelay}, and each
 * further failure after a wait doubles it, up to {@code maxDelay}. Failures are forgotten
 * {@code window} after the last one (or after the end of the last wait).
 */
public record LoginPolicy(int threshold, Duration window, Duration firstDelay, Duration maxDelay,
        int addressThreshold) {

    public LoginPolicy {
        if (threshold < 1 || addressThreshold < 1) {
            throw new IllegalArgumentException("login throttle thresholds must be at least 1");
        }
        if (window.isNegative() || window.isZero() || firstDelay.isNegative() || firstDelay.isZero()
                || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("login throttle: window and first delay must be positive, "
                    + "the largest delay at least the first");
        }
    }

    public static LoginPolicy defaults() {
        return new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15), 50);
    }

    /** The wait of the {@code n}-th throttle period in a row (0 is the first): doubling, capped. */
    public Duration delay(int n) {
        if (n >= 62 || firstDelay.compareTo(maxDelay.dividedBy(1L << Math.max(0, n))) > 0) {
            return maxDelay;
        }
        return firstDelay.multipliedBy(1L << Math.max(0, n));
    }
}
