package tw.portfolio.archive.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (a username and address, or an address) and says when a key must
 * wait. No thread ever sleeps here: a key that must wait is refused until its time has come. State is
 * in memory, bounded to {@code capacity} keys; expired keys are dropped first, then the ones that
 * expire soonest. Thread-safe.
 */
public final class LoginThrottle {
    private final int threshold;
    private final LoginPolicy policy;
    private final Clock clock;
    private final int capacity;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    /** One key's failures: how many since it was last clear, how many waits so far, and until when. */
    private record State(int failures, int waits, Instant waitUntil, Instant expires) {
    }

    public LoginThrottle(int threshold, LoginPolicy policy, Clock clock, int capacity) {
        this.threshold = threshold;
        this.policy = policy;
        this.clock = clock;
        this.capacity = capacity;
    }

    /** When {@code key} may try again, if it must wait now. */
    public Optional<Instant> waitUntil(String key) {
        Instant now = clock.instant();
        State s = live(key, now);
        return s != null && s.waitUntil() != null && now.isBefore(s.waitUntil())
                ? Optional.of(s.waitUntil()) : Optional.empty();
    }

    /** Counts a failure of {@code key}; returns the wait it starts, if it starts one. */
    public Optional<Duration> recordFailure(String key) {
        Instant now = clock.instant();
        if (!states.containsKey(key) && states.size() >= capacity) {
            makeRoom(now);
        }
        Duration[] started = new Duration[1];
        states.compute(key, (k, old) -> {
            State s = old == null || !now.isBefore(old.expires()) ? new State(0, 0, null, now) : old;
            int failures = s.failures() + 1;
            if (failures < threshold) {
                return new State(failures, s.waits(), s.waitUntil(), now.plus(policy.window()));
            }
            started[0] = policy.delay(s.waits());
            Instant until = now.plus(started[0]);
            return new State(failures, s.waits() + 1, until, until.plus(policy.window()));
        });
        return Optional.ofNullable(started[0]);
    }

    /** Forgets the failures of {@code key} (a successful login). */
    public void clear(String key) {
        states.remove(key);
    }

    /** How many keys are remembered. */
    public int size() {
        return states.size();
    }

    private State live(String key, Instant now) {
        State s = states.get(key);
        return s == null || !now.isBefore(s.expires()) ? null : s;
    }

    private void makeRoom(Instant now) {
        states.values().removeIf(s -> !now.isBefore(s.expires()));
        while (states.size() >= capacity) {
            states.entrySet().stream().min(Comparator.comparing(e -> e.getValue().expires()))
                    .ifPresent(e -> states.remove(e.getKey(), e.getValue()));
        }
    }
}
