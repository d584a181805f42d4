package tw.portfolio.archive.web.fixity;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Setting names and defaults of the fixity audits, and their validation. */
public final class FixitySettings {
    /** ISO-8601 duration within which the rolling audit re-hashes every stored file at least once. */
    public static final String PERIOD = "archive.fixity.period";
    public static final String PERIOD_DEFAULT = "P30D";
    /** Throughput budget of the rolling audit in megabytes (10^6 bytes) per second. */
    public static final String MB_PER_SECOND = "archive.fixity.mbPerSecond";
    public static final String MB_PER_SECOND_DEFAULT = "20";
    /** Whether the rolling audit runs at all. */
    public static final String ROLLING_ENABLED = "archive.fixity.rolling.enabled";
    public static final String ROLLING_ENABLED_DEFAULT = "true";

    private FixitySettings() {
    }

    /** The period, which must be a positive ISO-8601 duration such as {@code P30D} or {@code PT12H}. */
    public static Duration period(String text) {
        Duration d;
        try {
            d = Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PERIOD + " must be an ISO-8601 duration such as P30D, was '" + text + "'",
                    e);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(PERIOD + " must be positive, was " + text);
        }
        return d;
    }

    /** The budget in bytes per second; must be positive. */
    public static long bytesPerSecond(double mbPerSecond) {
        if (!(mbPerSecond > 0) || Double.isInfinite(mbPerSecond)) {
            throw new IllegalArgumentException(MB_PER_SECOND + " must be a positive number, was " + mbPerSecond);
        }
        return Math.max(1, (long) (mbPerSecond * 1_000_000));
    }
}
