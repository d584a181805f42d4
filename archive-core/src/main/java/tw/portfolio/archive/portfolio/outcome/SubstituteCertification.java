package tw.portfolio.archive.portfolio.outcome;

import java.util.List;
import java.util.Set;
import tw.portfolio.archive.error.ForbiddenException;

/**
 * §9(2)2: a course's own teacher certifies its outcomes; when every teacher of the course is
 * marked unavailable, a teacher who teaches the same subject in the same academic year certifies
 * in their place, and the record says on whose behalf. Anyone else is refused.
 */
public final class SubstituteCertification {
    private SubstituteCertification() {
    }

    /**
     * Decides who may certify.
     *
     * @param username the teacher asking
     * @param courseTeachers the course's teachers
     * @param unavailable which of them are marked unavailable
     * @param teachesSameSubject whether {@code username} teaches the course's subject that academic year
     * @return the certifying teacher, with {@code onBehalfOf} filled when substituting
     * @throws ForbiddenException for anyone else
     */
    public static CertifyingTeacher decide(String username, List<String> courseTeachers, Set<String> unavailable,
            boolean teachesSameSubject) {
        if (courseTeachers.contains(username)) {
            return new CertifyingTeacher(username, List.of());
        }
        boolean allUnavailable = !courseTeachers.isEmpty() && unavailable.containsAll(courseTeachers);
        if (allUnavailable && teachesSameSubject) {
            return new CertifyingTeacher(username, courseTeachers);
        }
        if (!allUnavailable) {
            throw new ForbiddenException("Only the course's teacher certifies while they are available");
        }
        throw new ForbiddenException("Only a teacher of the same subject may certify for an unavailable teacher");
    }
}
