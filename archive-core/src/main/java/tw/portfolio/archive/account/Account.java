package tw.portfolio.archive.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A login: username, PBKDF2 password hash, roles, and the lockout state. */
@Entity
@Table(name = "ACCOUNT")
public class Account {
    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;
    @Column(name = "PASSWORD_HASH", nullable = false)
    private String passwordHash;
    @Column(name = "DISPLAY_NAME")
    private String displayName;
    @Column(name = "STUDENT_ID", length = 36)
    private String studentId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "USERNAME"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME")
    private Set<Role> roles = new HashSet<>();
    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;
    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;
    @Column(name = "PASSWORD_CHANGE_REQUIRED", nullable = false)
    private boolean passwordChangeRequired;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Set<Role> roles, String studentId,
            Instant createdAt) {
        this.username = Username.check(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = new HashSet<>(roles);
        this.studentId = studentId;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> studentId() {
        return Optional.ofNullable(studentId);
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts a failed login; returns true when this failure locked the account. */
    public boolean recordFailure(Instant now, int threshold, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= threshold) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    /** The acting caller this account becomes after login. */
    public Actor toActor() {
        return new Actor(username, roles(), studentId());
    }
}
