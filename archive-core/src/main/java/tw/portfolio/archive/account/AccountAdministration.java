package tw.portfolio.archive.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
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
    @Inject
    PseudonymKeys pseudonyms;

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

    /** Roles a system administrator gives staff; student and alumni logins come with the student's record. */
    static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.STUDENT, Role.ALUMNUS));

    /**
     * Creates a staff account (SYSTEM_ADMIN) with a one-time password, which the first login must
     * change; returns it (shown once). 409 when the username is taken.
     */
    @Transactional
    public String create(Actor admin, String username, String displayName, Set<Role> roles) {
        requireAdmin(admin);
        Username.check(username);
        checkStaffRoles(roles);
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw InvalidInputException.field("displayName", "is required, at most 100 characters");
        }
        if (em.find(Account.class, username) != null) {
            throw new ConflictException("The username " + username + " is taken");
        }
        String oneTime = OneTimePasswords.generate(username);
        Account a = new Account(username, hasher.hash(oneTime), name, roles, null, clock.instant());
        a.requirePasswordChange();
        em.persist(a);
        events.record(AccountService.event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, a, "CREATED", clock.instant(),
                Map.of("roles", new java.util.TreeSet<>(roles).toString())));
        return oneTime;
    }

    /**
     * Changes a staff account's roles and whether it is disabled (SYSTEM_ADMIN); either may be null
     * (unchanged). Changing roles revokes every token, so the next login carries the new roles.
     * Returns the account as it is now.
     */
    @Transactional
    public Account update(Actor admin, String username, Set<Role> roles, Boolean disabled) {
        Account account = load(admin, username);
        if (roles != null) {
            if (account.studentId().isPresent()) {
                throw new ConflictException("A student's or alumnus's roles follow their enrollment; they are not set by hand");
            }
            checkStaffRoles(roles);
            if (!roles.equals(account.roles())) {
                Set<Role> before = account.roles();
                account.setRoles(roles);
                events.record(AccountService.event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, account, "SUCCESS",
                        clock.instant(), Map.of("change", "roles", "rolesBefore", new java.util.TreeSet<>(before).toString(),
                                "rolesAfter", new java.util.TreeSet<>(roles).toString(),
                                "tokenGeneration", Long.toString(account.tokenGeneration()))));
            }
        }
        if (disabled != null) {
            setEnabled(admin, username, !disabled);
        }
        return account;
    }

    /**
     * The registration section resets a student's or alumnus's password (§9bis: leavers who cannot
     * log in) after checking who asks: the national ID and birth date must be the student's. Returns
     * the new one-time password (shown once).
     */
    @Transactional
    public String resetStudentPassword(Actor registrar, String username, String nationalId, String birthDate) {
        if (!registrar.has(Role.REGISTRAR)) {
            throw new ForbiddenException("Only the registration section resets students' passwords");
        }
        Account account = Username.isValid(username)
                ? em.find(Account.class, username, LockModeType.PESSIMISTIC_WRITE) : null;
        if (account == null) {
            throw new NotFoundException("No account " + username);
        }
        String studentId = account.studentId().orElseThrow(
                () -> new ForbiddenException("The registration section resets students' and alumni's passwords only"));
        tw.portfolio.archive.student.Student s = em.find(tw.portfolio.archive.student.Student.class, studentId);
        boolean idMatches = nationalId != null && s != null && s.nationalId().value().equals(nationalId.strip());
        boolean birthMatches = birthDate != null && s != null && s.birthDate() != null
                && s.birthDate().toString().equals(birthDate.strip());
        if (!idMatches || !birthMatches) {
            events.record(AccountService.event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, account, "FAILURE", clock.instant(),
                    Map.of("change", "password-reset", "check", "identity-mismatch")));
            throw tw.portfolio.archive.error.RuleViolationException.of("identity-check",
                    "The national ID and birth date do not both match the student's record: no password was reset");
        }
        String oneTime = OneTimePasswords.generate(username);
        account.resetPassword(hasher.hash(oneTime));
        record(account, "password-reset");
        return oneTime;
    }

    /** One account (SYSTEM_ADMIN), 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Account find(Actor admin, String username) {
        requireAdmin(admin);
        Account a = Username.isValid(username) ? em.find(Account.class, username) : null;
        if (a == null) {
            throw new NotFoundException("No account " + username);
        }
        return a;
    }

    private static void checkStaffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.field("roles", "name at least one role");
        }
        if (!STAFF_ROLES.containsAll(roles)) {
            throw InvalidInputException.field("roles", "STUDENT and ALUMNUS logins come with a student's record");
        }
    }

    private static void requireAdmin(Actor admin) {
        if (!admin.has(Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only a system administrator manages accounts");
        }
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
        events.record(AccountService.event(pseudonyms, ArchiveEventType.ACCOUNT_MODIFICATION, account, "SUCCESS", clock.instant(),
                Map.of("change", change, "tokenGeneration", Long.toString(account.tokenGeneration()))));
    }
}
