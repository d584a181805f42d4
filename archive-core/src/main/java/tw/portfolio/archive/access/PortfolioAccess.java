package tw.portfolio.archive.access;

import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;

/**
 * Object-level authorization for portfolios, in one place. A student reaches only their own
 * portfolio; the registrar (註冊組), the academic affairs office (教務處) and auditors read every
 * portfolio. Reads of a single record that the caller may not see answer "not found", the same
 * for existing and missing ids, so probing ids teaches nothing.
 */
public final class PortfolioAccess {
    private static final Role[] READ_ALL = {Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.AUDITOR};

    private PortfolioAccess() {
    }

    /** Only the student may add files to their own portfolio (§4: uploads are the student's). */
    public static void requireOwnPortfolio(Actor actor, String studentId) {
        if (!actor.isStudent(studentId)) {
            throw new ForbiddenException("Only the student may upload to their own portfolio");
        }
        if (!actor.isEnrolledStudent(studentId)) {
            throw new ForbiddenException("A leaver's login only reads: it uploads nothing");
        }
    }

    /** True when the actor may read the whole portfolio of {@code studentId}. */
    public static boolean mayReadPortfolio(Actor actor, String studentId) {
        return actor.isStudent(studentId) || actor.hasAny(READ_ALL);
    }

    /**
     * True when the actor may see who a student is (name, class, student number) next to the
     * records the actor was already shown: staff who read every portfolio, and subject teachers,
     * who are shown only their own courses' outcomes. A student sees only their own records and
     * needs no name beside them.
     */
    public static boolean maySeeStudentNames(Actor actor) {
        return actor.hasAny(READ_ALL) || actor.has(Role.SUBJECT_TEACHER);
    }

    /** Refuses (403) listing another student's portfolio. */
    public static void requireReadPortfolio(Actor actor, String studentId) {
        if (!mayReadPortfolio(actor, studentId)) {
            throw new ForbiddenException("You may not read this student's portfolio");
        }
    }
}
