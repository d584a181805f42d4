package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.portfolio.MutableClock;

class LoginGuardTest {
    private static final LoginPolicy POLICY = new LoginPolicy(3, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofMinutes(15), 5);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T08:00:00Z"));
    private final LoginGuard guard = new LoginGuard(POLICY, clock);

    @Test
    void anAccountGuessedFromOneAddressWaitsThereButNotAtAnotherAddress() {
        for (int i = 0; i < 3; i++) {
            guard.recordFailure("student1", "198.51.100.7");
        }
        assertInstanceOf(LoginGuard.Verdict.AccountWaits.class, guard.check("student1", "198.51.100.7"));
        assertInstanceOf(LoginGuard.Verdict.Allowed.class, guard.check("student1", "203.0.113.5"));
        assertInstanceOf(LoginGuard.Verdict.Allowed.class, guard.check("student2", "198.51.100.7"));
    }

    @Test
    void theFailureThatStartsAPairWaitSaysSoAndHowLong() {
        guard.recordFailure("student1", "198.51.100.7");
        guard.recordFailure("student1", "198.51.100.7");
        assertEquals(new LoginGuard.Failure(Optional.of(Duration.ofSeconds(30)), Optional.empty()),
                guard.recordFailure("student1", "198.51.100.7"));
    }

    @Test
    void unknownUsernamesAreThrottledExactlyAsAccountsAre() {
        for (int i = 0; i < 3; i++) {
            guard.recordFailure("no-such-user", "198.51.100.7");
        }
        assertInstanceOf(LoginGuard.Verdict.AccountWaits.class, guard.check("no-such-user", "198.51.100.7"));
    }

    @Test
    void anAddressGuessingManyUsernamesWaitsForEveryUsernameWithTheTimeLeftRoundedUp() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), guard.recordFailure("user" + i, "198.51.100.7").addressWait());
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), guard.recordFailure("user4", "198.51.100.7").addressWait());
        clock.advance(Duration.ofMillis(10_500));
        assertEquals(new LoginGuard.Verdict.AddressWaits(Duration.ofSeconds(20)), guard.check("anyone", "198.51.100.7"));
        assertInstanceOf(LoginGuard.Verdict.Allowed.class, guard.check("anyone", "203.0.113.5"));
    }

    @Test
    void aSuccessClearsThePairButNotTheAddress() {
        for (int i = 0; i < 2; i++) {
            guard.recordFailure("student1", "198.51.100.7");
            guard.recordFailure("student2", "198.51.100.7");
        }
        guard.recordSuccess("student1", "198.51.100.7");
        assertEquals(new LoginGuard.Failure(Optional.empty(), Optional.of(Duration.ofSeconds(30))),
                guard.recordFailure("student1", "198.51.100.7"),
                "the pair counts from zero again; the address's fifth failure counts the four before the success");
    }
}
