package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;

/** A student's retention standing for the student themself and the staff who keep student records. */
@ApplicationScoped
public class StudentRetentions {
    private static final Role[] STAFF = {Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.ACADEMIC_SECTION, Role.SYSTEM_ADMIN};

    @Inject
    RetentionStatus status;

    /** 404 for another student (as for their record), 403 for staff without student records. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StudentRetention of(Actor actor, String studentId) {
        if (!actor.isStudent(studentId) && !actor.hasAny(STAFF)) {
            if (actor.hasAny(Role.STUDENT, Role.ALUMNUS)) {
                throw new NotFoundException("No student " + studentId);
            }
            throw new ForbiddenException("Only the student and the staff who keep student records see their retention");
        }
        return status.of(studentId).orElseThrow(() -> new NotFoundException("No student " + studentId));
    }
}
