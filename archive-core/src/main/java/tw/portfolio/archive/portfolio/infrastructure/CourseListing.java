package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.course.Course;
import tw.portfolio.archive.portfolio.course.CourseView;

/**
 * The teaching section's view of a semester's course list, one page at a time, by code. Only
 * school staff who keep or read the course list see it.
 */
public final class CourseListing {
    private final EntityManager em;

    /** One page of courses and the semester's total. */
    public record Page(List<CourseView> items, long total) {
    }

    public CourseListing(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    public Page list(Actor actor, Semester semester, PageRequest page) {
        if (!actor.hasAny(Role.ACADEMIC_SECTION, Role.ACADEMIC_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the teaching section and school offices see the course list");
        }
        int year = semester.academicYear().value();
        List<CourseView> items = em.createQuery("SELECT c FROM Course c WHERE c.academicYear = :y AND c.semester = :s"
                + " ORDER BY c.code", Course.class)
                .setParameter("y", year).setParameter("s", semester.number())
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(Course::view).toList();
        long total = em.createQuery("SELECT COUNT(c) FROM Course c WHERE c.academicYear = :y AND c.semester = :s",
                Long.class).setParameter("y", year).setParameter("s", semester.number()).getSingleResult();
        return new Page(items, total);
    }
}
