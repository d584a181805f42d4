package tw.portfolio.archive.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Throttles password guessing without letting anyone lock anyone out (OWASP ASVS 2.2.1). Two
 * throttles, each with a growing wait ({@link LoginPolicy}):
 * <ul>
 * <li>by username and client address: one address guessing one account is slowed down, while the
 * account's owner at another address logs in as usual. A refused attempt gets the same answer as a
 * wrong password, and the same throttle applies to unknown usernames, so it tells nothing about who
 * exists;</li>
 * <li>by client address: one address guessing across many usernames is slowed down. It counts every
 * failure, whatever the username, so its answer (429 with the wait) tells nothing about accounts
 * either.</li>
 * </ul>
 * Usernames are kept as pseudonyms, so the state stays small whatever is typed.
 */
public final class LoginGuard {
    /** Keys remembered per throttle; beyond this the soonest to expire are dropped. */
    static final int CAPACITY = 100_000;
    private final LoginThrottle byAccount;
    private final LoginThrottle byAddress;
    private final Clock clock;

    /** What to do with an attempt before the password is looked at. */
    public sealed interface Verdict {
        /** Check the password. */
        record Allowed() implements Verdict {
        }

        /** Refuse as if the password were wrong: this username from this address must wait. */
        record AccountWaits() implements Verdict {
        }

        /** Refuse with 429: this address must wait {@code retryAfter}. */
        record AddressWaits(Duration retryAfter) implements Verdict {
        }
    }

    /** The waits a failure started: by username and address, by address. */
    public record Failure(Optional<Duration> accountWait, Optional<Duration> addressWait) {
    }

    public LoginGuard(LoginPolicy policy, Clock clock) {
        this.byAccount = new LoginThrottle(policy.threshold(), policy, clock, CAPACITY);
        this.byAddress = new LoginThrottle(policy.addressThreshold(), policy, clock, CAPACITY);
        this.clock = clock;
    }

    public Verdict check(String username, String address) {
        Optional<Instant> addressUntil = byAddress.waitUntil(address);
        if (addressUntil.isPresent()) {
            Duration left = Duration.between(clock.instant(), addressUntil.get());
            return new Verdict.AddressWaits(left.getNano() == 0 ? left : left.plusSeconds(1).withNanos(0));
        }
        return byAccount.waitUntil(pairKey(username, address)).isPresent() ? new Verdict.AccountWaits()
                : new Verdict.Allowed();
    }

    /** Counts a failed attempt against the pair and the address. */
    public Failure recordFailure(String username, String address) {
        return new Failure(byAccount.recordFailure(pairKey(username, address)), byAddress.recordFailure(address));
    }

    /** The owner got in from here: the pair's failures are forgotten (the address's are not). */
    public void recordSuccess(String username, String address) {
        byAccount.clear(pairKey(username, address));
    }

    private static String pairKey(String username, String address) {
        return Pseudonym.of(username == null ? "" : username) + "@" + address;
    }
}
