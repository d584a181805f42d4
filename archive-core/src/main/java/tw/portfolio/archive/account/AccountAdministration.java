package tw.portfolio.archive.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * What a system administrator does to someone else's account: reset its password to a one-time
 * password, disable or enable it. Resetting and disabling revoke every token of the account at once;
 * each change is an audit event.
 */
@ApplicationScoped
public class AccountAdministration {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Sets a new one-time password, which the next login must change; returns it (shown once). */
    @Transactional
    public String resetPassword(Actor admin, String username) {
        Account account = load(admin, username);
        String oneTime = OneTimePasswords.generate(username);
        account.resetPassword(hasher.hash(oneTime));
        record(account, "password-reset");
        return oneTime;
    }

    /** Disables (no logins, every token revoked) or enables the account; returns whether it is enabled. */
    @Transactional
    public boolean setEnabled(Actor admin, String username, boolean enabled) {
        Account account = load(admin, username);
        if (enabled == account.isDisabled()) {
            if (enabled) {
                account.enable();
            } else {
                account.disable();
            }
            record(account, enabled ? "enabled" : "disabled");
        }
        return !account.isDisabled();
    }

    private Account load(Actor admin, String username) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only a system administrator manages accounts");
        }
        Account account = Username.isValid(username)
                ? em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE) : null;
        if (account == null) {
            throw new NotFoundException("No account " + username);
        }
        if (account.username().equals(admin.username())) {
            throw new ForbiddenException("Administrators change their own password with PUT /api/v1/me/password");
        }
        return account;
    }

    private void record(Account account, String change) {
        events.record(AccountService.event(ArchiveEventType.ACCOUNT_MODIFICATION, account, "SUCCESS", clock.instant(),
                Map.of("change", change, "tokenGeneration", Long.toString(account.tokenGeneration()))));
    }
}
