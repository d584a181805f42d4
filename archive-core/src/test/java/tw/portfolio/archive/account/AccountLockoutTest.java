package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class AccountLockoutTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private static Account student() {
        return new Account("student1", "PBKDF2WithHmacSHA512:1:AA==:AA==", "王小明", Set.of(Role.STUDENT),
                "S-0001", T0);
    }

    @Test
    void failuresBelowTheThresholdAreCountedWithoutLocking() {
        Account a = student();
        for (int i = 1; i <= 4; i++) {
            assertFalse(a.recordFailure(T0.plusSeconds(i), 5, FIFTEEN_MINUTES));
            assertEquals(i, a.failedAttempts());
            assertFalse(a.isLocked(T0.plusSeconds(i)));
        }
        assertNull(a.lockedUntil());
    }

    @Test
    void theFailureThatReachesTheThresholdLocksForTheConfiguredTime() {
        Account a = student();
        for (int i = 1; i <= 4; i++) {
            a.recordFailure(T0, 5, FIFTEEN_MINUTES);
        }
        Instant fifth = T0.plusSeconds(30);
        assertTrue(a.recordFailure(fifth, 5, FIFTEEN_MINUTES));
        assertEquals(fifth.plus(FIFTEEN_MINUTES), a.lockedUntil());
        assertEquals(0, a.failedAttempts(), "the count starts again after a lock");
    }

    @Test
    void theLockHoldsUntilJustBeforeItsEndAndNotAtIt() {
        Account a = student();
        assertTrue(a.recordFailure(T0, 1, FIFTEEN_MINUTES));
        Instant end = T0.plus(FIFTEEN_MINUTES);
        assertTrue(a.isLocked(T0));
        assertTrue(a.isLocked(end.minusNanos(1)));
        assertFalse(a.isLocked(end));
        assertFalse(a.isLocked(end.plusSeconds(1)));
    }

    @Test
    void anotherFullRoundOfFailuresLocksAgainFromTheLatestFailure() {
        Account a = student();
        for (int i = 0; i < 3; i++) {
            a.recordFailure(T0, 3, FIFTEEN_MINUTES);
        }
        Instant later = T0.plus(Duration.ofHours(1));
        assertFalse(a.recordFailure(later, 3, FIFTEEN_MINUTES));
        assertFalse(a.recordFailure(later, 3, FIFTEEN_MINUTES));
        assertTrue(a.recordFailure(later, 3, FIFTEEN_MINUTES));
        assertEquals(later.plus(FIFTEEN_MINUTES), a.lockedUntil());
    }

    @Test
    void aSuccessfulLoginClearsTheCountAndTheLock() {
        Account a = student();
        a.recordFailure(T0, 5, FIFTEEN_MINUTES);
        a.recordFailure(T0, 5, FIFTEEN_MINUTES);
        a.recordSuccess();
        assertEquals(0, a.failedAttempts());
        for (int i = 0; i < 4; i++) {
            assertFalse(a.recordFailure(T0, 5, FIFTEEN_MINUTES), "the earlier failures no longer count");
        }
        assertTrue(a.recordFailure(T0, 5, FIFTEEN_MINUTES));
        a.recordSuccess();
        assertFalse(a.isLocked(T0));
        assertNull(a.lockedUntil());
    }

    @Test
    void aNewAccountIsNeitherLockedNorCounting() {
        Account a = student();
        assertEquals(0, a.failedAttempts());
        assertFalse(a.isLocked(T0));
    }

    @Test
    void anAccountBecomesTheActorWithItsRolesAndStudentId() {
        Actor actor = student().toActor();
        assertEquals(new Actor("student1", Set.of(Role.STUDENT), Optional.of("S-0001")), actor);
    }

    @Test
    void changingThePasswordClearsTheRequirementToChangeIt() {
        Account a = student();
        a.requirePasswordChange();
        assertTrue(a.passwordChangeRequired());
        a.changePassword("PBKDF2WithHmacSHA512:1:AQ==:AQ==");
        assertFalse(a.passwordChangeRequired());
        assertEquals("PBKDF2WithHmacSHA512:1:AQ==:AQ==", a.passwordHash());
    }

    @Test
    void anAccountNeedsAValidUsername() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Account("Bad User", "h", "x", Set.of(Role.STUDENT), null, T0));
        assertEquals("username", e.fieldErrors().get(0).field());
    }
}
