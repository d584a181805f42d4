package tw.portfolio.archive.account;

import java.time.Duration;

/**
 * Failed logins are slowed down (a growing delay per consecutive failure, capped) and an account is
 * locked for a while after {@code threshold} failures in a row. Both numbers are settings.
 */
public record LoginPolicy(int threshold, Duration lockFor, Duration delayStep, Duration maxDelay) {

    public static LoginPolicy defaults() {
        return new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofMillis(250), Duration.ofSeconds(2));
    }

    /** The delay before answering the {@code failures}-th consecutive failure. */
    public Duration delayAfter(int failures) {
        Duration d = delayStep.multipliedBy(Math.max(1, failures));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
