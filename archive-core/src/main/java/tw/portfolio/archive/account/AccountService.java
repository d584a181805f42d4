package tw.portfolio.archive.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/** Logins, lockout and password changes. Every failure, lockout and change is an audit event. */
@ApplicationScoped
public class AccountService {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    LoginPolicy policy;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Outcome of a login attempt. */
    public sealed interface LoginResult {
        record Success(Actor actor, boolean passwordChangeRequired) implements LoginResult {
        }

        record Failure(int consecutiveFailures) implements LoginResult {
        }

        record Locked(Instant until) implements LoginResult {
        }
    }

    /** Checks a password; counts failures and locks the account after too many, in its own commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult authenticate(String username, String password) {
        Instant now = clock.instant();
        Account account = Username.isValid(username) && password != null
                ? em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE) : null;
        if (account == null) {
            hasher.verifyDecoy(password == null ? "" : password);
            return new LoginResult.Failure(1);
        }
        if (account.isLocked(now)) {
            return new LoginResult.Locked(account.lockedUntil());
        }
        if (hasher.verify(password, account.passwordHash())) {
            account.recordSuccess();
            events.record(event(ArchiveEventType.LOGIN, account, "SUCCESS", now, Map.of()));
            return new LoginResult.Success(account.toActor(), account.passwordChangeRequired());
        }
        int failures = account.failedAttempts() + 1;
        boolean locked = account.recordFailure(now, policy.threshold(), policy.lockFor());
        events.record(event(ArchiveEventType.LOGIN, account, "FAILURE", now, Map.of("failures", Integer.toString(failures))));
        if (locked) {
            events.record(event(ArchiveEventType.ACCOUNT_LOCKOUT, account, "LOCKED", now,
                    Map.of("until", account.lockedUntil().toString())));
            return new LoginResult.Locked(account.lockedUntil());
        }
        return new LoginResult.Failure(failures);
    }

    @Transactional
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, actor.username(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new ForbiddenException("No such account");
        }
        if (currentPassword == null || !hasher.verify(currentPassword, account.passwordHash())) {
            throw InvalidInputException.field("currentPassword", "is not the current password");
        }
        PasswordRules.check(actor.username(), newPassword);
        account.changePassword(hasher.hash(newPassword));
        events.record(event(ArchiveEventType.ACCOUNT_MODIFICATION, account, "SUCCESS", clock.instant(),
                Map.of("change", "password")));
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
        events.record(event(ArchiveEventType.ACCOUNT_MODIFICATION, a, "CREATED", clock.instant(),
                Map.of("roles", roles.toString())));
        return a;
    }

    private static ArchiveEvent event(ArchiveEventType type, Account a, String outcome, Instant at,
            Map<String, String> detail) {
        String role = a.toActor().primaryRole();
        return new ArchiveEvent(type, "account:" + Pseudonym.of(a.username()), a.studentId().orElse(null), role, outcome,
                at, detail);
    }
}
