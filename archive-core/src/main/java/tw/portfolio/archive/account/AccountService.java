package tw.portfolio.archive.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * Logins, throttling and password changes. Every failure, throttle start and change is an audit
 * event. A refused login looks the same whatever the reason (unknown username, wrong password,
 * disabled account, throttled username and address), and costs one password hash each time.
 */
@ApplicationScoped
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    LoginGuard guard;
    @Inject
    PseudonymKeys pseudonyms;

    private final PasswordHasher hasher = new PasswordHasher();

    /** What a token is issued for: the actor, whether a password change is pending, the token generation. */
    public record TokenGrant(Actor actor, boolean passwordChangePending, long tokenGeneration) {
    }

    /** Outcome of a login attempt. */
    public sealed interface LoginResult {
        record Success(TokenGrant grant) implements LoginResult {
        }

        /** Wrong username or password, as far as the caller may know. */
        record Failure() implements LoginResult {
        }

        /** This client address must wait before trying again. */
        record AddressThrottled(Duration retryAfter) implements LoginResult {
        }
    }

    /**
     * Checks a password from {@code clientAddress} (see {@link ClientAddress}); counts failures and
     * throttles ({@link LoginGuard}), in its own commit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        String address = ClientAddress.key(clientAddress);
        LoginGuard.Verdict verdict = guard.check(username, address);
        if (verdict instanceof LoginGuard.Verdict.AddressWaits wait) {
            return new LoginResult.AddressThrottled(wait.retryAfter());
        }
        String given = password == null ? "" : password;
        Account account = Username.isValid(username) && password != null
                ? em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE) : null;
        if (verdict instanceof LoginGuard.Verdict.AccountWaits) {
            hasher.verifyDecoy(given);
            refused(username, account, now, Map.of("refused", "throttled"));
            return new LoginResult.Failure();
        }
        boolean matches = account == null ? hasher.verifyDecoy(given) : hasher.verify(given, account.passwordHash());
        if (matches && !account.isDisabled()) {
            guard.recordSuccess(username, address);
            events.record(event(pseudonyms, ArchiveEventType.LOGIN, account, "SUCCESS", now, Map.of()));
            return new LoginResult.Success(grant(account));
        }
        failed(username, account, address, now, Map.of());
        return new LoginResult.Failure();
    }

    /**
     * Changes the caller's own password; revokes every earlier token and grants a new one. A wrong
     * current password counts as a failed login from {@code clientAddress}, so a stolen token cannot
     * be used to guess the password: once the throttle starts, the token is revoked with the others.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public TokenGrant changePassword(Actor actor, String currentPassword, String newPassword, String clientAddress) {
        Account account = em.find(Account.class, actor.username(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.isDisabled()) {
            throw new ForbiddenException("No such account");
        }
        String address = ClientAddress.key(clientAddress);
        boolean waits = !(guard.check(account.username(), address) instanceof LoginGuard.Verdict.Allowed);
        String given = currentPassword == null ? "" : currentPassword;
        boolean matches = waits ? hasher.verifyDecoy(given) : hasher.verify(given, account.passwordHash());
        if (!matches) {
            if (!waits) {
                failed(account.username(), account, address, clock.instant(), Map.of("at", "password-change"));
            }
            throw InvalidInputException.field("currentPassword", "is not the current password");
        }
        PasswordRules.check(actor.username(), currentPassword, newPassword);
        account.changePassword(hasher.hash(newPassword));
        events.record(event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, account, "SUCCESS", clock.instant(),
                Map.of("change", "password", "tokenGeneration", Long.toString(account.tokenGeneration()))));
        return grant(account);
    }

    /** True while a token of {@code tokenGeneration} still lets {@code username} in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean acceptsToken(String username, long tokenGeneration) {
        return find(username).map(a -> a.accepts(tokenGeneration)).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(String username) {
        return Username.isValid(username) ? Optional.ofNullable(em.find(Account.class, username)) : Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /** Creates an account with an already-hashed or plain password. */
    @Transactional
    public Account create(String username, String plainPassword, String displayName, java.util.Set<Role> roles,
            String studentId, boolean mustChangePassword) {
        Account a = new Account(username, hasher.hash(plainPassword), displayName, roles, studentId, clock.instant());
        if (mustChangePassword) {
            a.requirePasswordChange();
        }
        em.persist(a);
        events.record(event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, a, "CREATED", clock.instant(),
                Map.of("roles", roles.toString())));
        return a;
    }

    /**
     * A student left or came back (§6, §7): their login becomes an alumni login (role
     * {@link Role#ALUMNUS}: reads and confirms, changes nothing) or a student login again; every
     * token of it is revoked. Returns how many accounts changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int studentLeft(String studentId, boolean left) {
        int changed = 0;
        for (Account a : em.createQuery("SELECT a FROM Account a WHERE a.studentId = :s", Account.class)
                .setParameter("s", studentId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            boolean swapped = left ? a.swapRole(Role.STUDENT, Role.ALUMNUS) : a.swapRole(Role.ALUMNUS, Role.STUDENT);
            if (swapped) {
                changed++;
                events.record(event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, a, "SUCCESS", clock.instant(),
                        Map.of("change", left ? "alumni-login" : "student-login",
                                "tokenGeneration", Long.toString(a.tokenGeneration()))));
            }
        }
        return changed;
    }

    /** A wrong password: an event when the account exists, counted by both throttles, which may start. */
    private void failed(String username, Account account, String address, Instant now, Map<String, String> detail) {
        refused(username, account, now, detail);
        LoginGuard.Failure failure = guard.recordFailure(username, address);
        failure.accountWait().ifPresent(wait -> accountThrottled(username, account, address, wait, now));
        failure.addressWait().ifPresent(wait -> addressThrottled(address, wait, now));
    }

    /**
     * A refused login is a LOGIN FAILURE event whatever the reason, an unknown username (named by its
     * pseudonym) and a throttled one included: the audit trail shows guessing at names, and every
     * refusal does the same work, so its timing does not tell a wrong password from an unknown name
     * (bench/login-timing.sh measured unknown names at 0.75 of the wrong-password median when only
     * known accounts were logged).
     */
    private void refused(String username, Account account, Instant now, Map<String, String> detail) {
        if (account != null) {
            events.record(event(pseudonyms, ArchiveEventType.LOGIN, account, "FAILURE", now, detail));
        } else {
            events.record(new ArchiveEvent(ArchiveEventType.LOGIN, "account:" + Pseudonym.of(String.valueOf(username)),
                    null, "ANONYMOUS", "FAILURE", now, detail));
        }
    }

    private void accountThrottled(String username, Account account, String address, Duration wait, Instant now) {
        Map<String, String> detail = Map.of("scope", "USERNAME_AND_ADDRESS", "address", Pseudonym.of(address),
                "waitSeconds", Long.toString(wait.toSeconds()));
        if (account == null) {
            events.record(new ArchiveEvent(ArchiveEventType.ACCOUNT_LOCKOUT, "account:" + Pseudonym.of(username), null,
                    "ANONYMOUS", "THROTTLED", now, detail));
        } else {
            account.revokeTokens();
            events.record(event(pseudonyms, ArchiveEventType.ACCOUNT_LOCKOUT, account, "THROTTLED", now, detail));
        }
        String pseudonym = pseudonyms.ofAccount(username, account == null ? null : account.studentId().orElse(null));
        LOG.warning(() -> "Login throttled for " + wait.toSeconds() + " s: username " + pseudonym + " from " + address);
    }

    private void addressThrottled(String address, Duration wait, Instant now) {
        events.record(new ArchiveEvent(ArchiveEventType.ACCOUNT_LOCKOUT, "address:" + Pseudonym.of(address), null,
                "ANONYMOUS", "THROTTLED", now, Map.of("scope", "ADDRESS", "waitSeconds", Long.toString(wait.toSeconds()))));
        LOG.warning(() -> "Logins from " + address + " throttled for " + wait.toSeconds() + " s");
    }

    private static TokenGrant grant(Account a) {
        return new TokenGrant(a.toActor(), a.passwordChangeRequired(), a.tokenGeneration());
    }

    /** An event about account {@code a}, which appears under its pseudonym only. */
    static ArchiveEvent event(PseudonymKeys pseudonyms, ArchiveEventType type, Account a, String outcome, Instant at,
            Map<String, String> detail) {
        String role = a.toActor().primaryRole();
        String studentId = a.studentId().orElse(null);
        return new ArchiveEvent(type, "account:" + pseudonyms.ofAccount(a.username(), studentId), studentId, role,
                outcome, at, detail);
    }
}
