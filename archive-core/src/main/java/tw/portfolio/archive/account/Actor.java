package tw.portfolio.archive.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the authenticated caller as the application services see it. Services take an
 * Actor as a parameter instead of reading a security context, so rules are testable without a
 * container.
 *
 * @param username the login name
 * @param roles the roles held (never empty for a real caller)
 * @param studentId the caller's own student id when the caller is a student, else empty
 */
public record Actor(String username, Set<Role> roles, Optional<String> studentId) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(studentId, "studentId");
    }

    public static Actor staff(String username, Role... roles) {
        return new Actor(username, Set.of(roles), Optional.empty());
    }

    public static Actor student(String username, String studentId) {
        return new Actor(username, Set.of(Role.STUDENT), Optional.of(studentId));
    }

    /** The system itself (scheduled jobs, start-up checks). */
    public static Actor system() {
        return new Actor("system", Set.of(Role.SYSTEM_ADMIN), Optional.empty());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** True when this actor is the student {@code id}. */
    public boolean isStudent(String id) {
        return studentId.map(id::equals).orElse(false);
    }

    /**
     * True when this actor is the student {@code id} and still enrolled: only they upload, select or
     * change their portfolio. A leaver ({@link Role#ALUMNUS}) is {@link #isStudent} but not this.
     */
    public boolean isEnrolledStudent(String id) {
        return isStudent(id) && has(Role.STUDENT);
    }

    /** The role recorded in events: the most specific one held, for logs without names. */
    public String primaryRole() {
        return roles.stream().sorted().map(Enum::name).findFirst().orElse("ANONYMOUS");
    }
}
