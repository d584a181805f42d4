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
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A login: username, PBKDF2 password hash, roles, whether it is disabled, and the generation of its
 * tokens. Raising the generation revokes every token issued before (password changed or reset,
 * account disabled, throttling started); see {@link TokenCodec}.
 */
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
    @Column(name = "TOKEN_GENERATION", nullable = false)
    private long tokenGeneration;
    @Column(name = "DISABLED", nullable = false)
    private boolean disabled;
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

    /** The generation a token must carry to count; see {@link #accepts(long)}. */
    public long tokenGeneration() {
        return tokenGeneration;
    }

    public boolean isDisabled() {
        return disabled;
    }

    /** True when a token of {@code generation} still lets this account in. */
    public boolean accepts(long generation) {
        return !disabled && generation == tokenGeneration;
    }

    /** Revokes every token issued so far. */
    public void revokeTokens() {
        tokenGeneration++;
    }

    /** The owner chose a new password: earlier tokens are revoked. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
        revokeTokens();
    }

    /** An administrator set a one-time password: earlier tokens are revoked, the next login must change it. */
    public void resetPassword(String oneTimeHash) {
        this.passwordHash = oneTimeHash;
        this.passwordChangeRequired = true;
        revokeTokens();
    }

    /** No more logins, and every token is revoked. */
    public void disable() {
        this.disabled = true;
        revokeTokens();
    }

    /** Logins again; tokens revoked while disabled stay revoked. */
    public void enable() {
        this.disabled = false;
    }

    /**
     * Replaces role {@code from} by {@code to} when the account holds it; every token is revoked, so
     * the next login carries the new role. Returns whether anything changed.
     */
    public boolean swapRole(Role from, Role to) {
        if (!roles.contains(from)) {
            return false;
        }
        roles.remove(from);
        roles.add(to);
        revokeTokens();
        return true;
    }

    /** New roles (staff accounts); every token is revoked, so the next login carries them. */
    public void setRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        revokeTokens();
    }

    /** The acting caller this account becomes after login. */
    public Actor toActor() {
        return new Actor(username, roles(), studentId());
    }
}
