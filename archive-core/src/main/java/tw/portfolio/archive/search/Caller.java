package tw.portfolio.archive.search;

import java.util.EnumSet;
import java.util.Objects;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Who is searching, as the web layer establishes it from the authenticated principal. Build with
 * the role factories; the visibility that follows is {@link #scope()}.
 *
 * @param studentId for a student caller, their own student id
 * @param auditReason for an auditor, the stated reason that unlocks sealed records (log it)
 */
public record Caller(String username, CallerRole role, String studentId, String auditReason) {

    public Caller {
        if (username == null || username.isBlank()) {
            throw new ForbiddenException("searching needs an authenticated caller");
        }
        Objects.requireNonNull(role, "role");
        if (role == CallerRole.STUDENT && (studentId == null || studentId.isBlank())) {
            throw new ForbiddenException("a student caller needs their student id");
        }
        auditReason = auditReason == null || auditReason.isBlank() ? null : auditReason.strip();
    }

    public static Caller registrar(String username) { return new Caller(username, CallerRole.REGISTRAR, null, null); }
    public static Caller academicAdmin(String username) { return new Caller(username, CallerRole.ACADEMIC_ADMIN, null, null); }
    public static Caller teacher(String username) { return new Caller(username, CallerRole.TEACHER, null, null); }
    public static Caller student(String username, String studentId) { return new Caller(username, CallerRole.STUDENT, studentId, null); }

    /** An auditor; a non-blank {@code reason} lets them see sealed records as well. */
    public static Caller auditor(String username, String reason) {
        return new Caller(username, CallerRole.AUDITOR, null, reason);
    }

    /** An auditor who must state a reason (the web layer's sealed-records request): rejects a blank one. */
    public static Caller auditorWithReason(String username, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "is required to search sealed records");
        }
        return auditor(username, reason);
    }

    /** What this caller may see. Deleted documents are in nobody's scope. */
    public SearchScope scope() {
        return switch (role) {
            case REGISTRAR, ACADEMIC_ADMIN -> new SearchScope(EnumSet.of(DocumentState.ACTIVE), null, null, true);
            case TEACHER -> new SearchScope(EnumSet.of(DocumentState.ACTIVE), null, username, false);
            case STUDENT -> new SearchScope(EnumSet.of(DocumentState.ACTIVE), studentId, null, true);
            case AUDITOR -> new SearchScope(auditReason == null
                    ? EnumSet.of(DocumentState.ACTIVE)
                    : EnumSet.of(DocumentState.ACTIVE, DocumentState.SEALED), null, null, true);
        };
    }

    /** Whether this search may show sealed records (the web layer logs such access as an event). */
    public boolean seesSealed() {
        return scope().states().contains(DocumentState.SEALED);
    }
}
