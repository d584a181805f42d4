package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class AccountTest {
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    private static Account student() {
        return new Account("student1", "PBKDF2WithHmacSHA512:1:AA==:AA==", "王小明", Set.of(Role.STUDENT),
                "S-0001", T0);
    }

    @Test
    void aNewAccountAcceptsTokensOfGenerationZeroOnly() {
        Account a = student();
        assertEquals(0, a.tokenGeneration());
        assertTrue(a.accepts(0));
        assertFalse(a.accepts(1));
        assertFalse(a.isDisabled());
    }

    @Test
    void changingThePasswordRevokesEveryEarlierTokenAndClearsTheRequirementToChangeIt() {
        Account a = student();
        a.requirePasswordChange();
        a.changePassword("PBKDF2WithHmacSHA512:1:AQ==:AQ==");
        assertFalse(a.passwordChangeRequired());
        assertEquals("PBKDF2WithHmacSHA512:1:AQ==:AQ==", a.passwordHash());
        assertFalse(a.accepts(0));
        assertTrue(a.accepts(a.tokenGeneration()));
    }

    @Test
    void resettingThePasswordRevokesEveryEarlierTokenAndRequiresAChange() {
        Account a = student();
        a.resetPassword("PBKDF2WithHmacSHA512:1:Ag==:Ag==");
        assertTrue(a.passwordChangeRequired());
        assertEquals("PBKDF2WithHmacSHA512:1:Ag==:Ag==", a.passwordHash());
        assertFalse(a.accepts(0));
    }

    @Test
    void aDisabledAccountAcceptsNoTokenAtAll() {
        Account a = student();
        a.disable();
        assertTrue(a.isDisabled());
        assertFalse(a.accepts(0));
        assertFalse(a.accepts(a.tokenGeneration()));
    }

    @Test
    void enablingAgainLetsTheAccountInButNotTheTokensRevokedByDisabling() {
        Account a = student();
        a.disable();
        a.enable();
        assertFalse(a.isDisabled());
        assertFalse(a.accepts(0));
        assertTrue(a.accepts(a.tokenGeneration()));
    }

    @Test
    void revokingTokensTwiceLeavesOnlyTheNewestGeneration() {
        Account a = student();
        a.revokeTokens();
        a.revokeTokens();
        assertEquals(2, a.tokenGeneration());
        assertFalse(a.accepts(1));
        assertTrue(a.accepts(2));
    }

    @Test
    void anAccountBecomesTheActorWithItsRolesAndStudentId() {
        Actor actor = student().toActor();
        assertEquals(new Actor("student1", Set.of(Role.STUDENT), Optional.of("S-0001")), actor);
    }

    @Test
    void anAccountNeedsAValidUsername() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Account("Bad User", "h", "x", Set.of(Role.STUDENT), null, T0));
        assertEquals("username", e.fieldErrors().get(0).field());
    }
}
