package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.portfolio.MutableClock;

class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final LoginPolicy POLICY = new LoginPolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofSeconds(100), 10);
    private final MutableClock clock = new MutableClock(T0);
    private final LoginThrottle throttle = new LoginThrottle(3, POLICY, clock, 1000);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure("k");
        }
    }

    @Test
    void failuresBelowTheThresholdNeverMakeAKeyWait() {
        assertEquals(Optional.empty(), throttle.recordFailure("k"));
        assertEquals(Optional.empty(), throttle.recordFailure("k"));
        assertEquals(Optional.empty(), throttle.waitUntil("k"));
    }

    @Test
    void theFailureThatReachesTheThresholdStartsTheFirstWaitWhichEndsExactlyOnTime() {
        fail(2);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.recordFailure("k"));
        assertEquals(Optional.of(T0.plusSeconds(30)), throttle.waitUntil("k"));
        clock.advance(Duration.ofSeconds(30).minusNanos(1));
        assertTrue(throttle.waitUntil("k").isPresent());
        clock.advance(Duration.ofNanos(1));
        assertEquals(Optional.empty(), throttle.waitUntil("k"));
    }

    @Test
    void eachFailureAfterAWaitStartsAWaitTwiceAsLongUpToTheCap() {
        fail(3);
        long[] expected = {60, 100, 100};
        for (long seconds : expected) {
            clock.set(throttle.waitUntil("k").orElseThrow());
            assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.recordFailure("k"));
            assertEquals(Optional.of(clock.instant().plusSeconds(seconds)), throttle.waitUntil("k"));
        }
    }

    @Test
    void clearingForgetsEveryFailureAndWait() {
        fail(3);
        throttle.clear("k");
        assertEquals(Optional.empty(), throttle.waitUntil("k"));
        fail(2);
        assertEquals(Optional.empty(), throttle.waitUntil("k"), "the count starts again from zero");
    }

    @Test
    void failuresAreForgottenAWindowAfterTheLastOne() {
        fail(2);
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Optional.empty(), throttle.recordFailure("k"), "the two earlier failures no longer count");
        assertEquals(Optional.empty(), throttle.recordFailure("k"));
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.recordFailure("k"));
    }

    @Test
    void theWaitsStartFromTheFirstAgainAWindowAfterTheLastWaitEnded() {
        fail(3);
        clock.set(T0.plusSeconds(30).plus(Duration.ofMinutes(15)));
        fail(2);
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.recordFailure("k"));
    }

    @Test
    void keysAreThrottledIndependently() {
        fail(3);
        assertEquals(Optional.empty(), throttle.waitUntil("other"));
        assertEquals(Optional.empty(), throttle.recordFailure("other"));
    }

    @Test
    void atCapacityExpiredKeysAndThenTheSoonestToExpireMakeRoom() {
        LoginThrottle small = new LoginThrottle(1, POLICY, clock, 2);
        small.recordFailure("old");
        clock.advance(Duration.ofSeconds(1));
        small.recordFailure("newer");
        clock.advance(Duration.ofSeconds(1));
        small.recordFailure("newest");
        assertEquals(2, small.size());
        assertEquals(Optional.empty(), small.waitUntil("old"), "the soonest to expire was dropped");
        assertTrue(small.waitUntil("newer").isPresent());
        assertTrue(small.waitUntil("newest").isPresent());
    }
}
