package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.portfolio.course.Course;
import tw.portfolio.archive.portfolio.course.CourseRepository;
import tw.portfolio.archive.portfolio.course.Enrollment;

/** Courses and enrollments in JPA. */
public class JpaCourseRepository implements CourseRepository {
    private final EntityManager em;

    public JpaCourseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Course> find(String courseId) {
        return Optional.ofNullable(courseId == null ? null : em.find(Course.class, courseId));
    }

    @Override
    public Optional<Course> findByCode(Semester semester, String code) {
        return em.createQuery("SELECT c FROM Course c WHERE c.academicYear = :y AND c.semester = :s AND c.code = :code",
                        Course.class)
                .setParameter("y", semester.academicYear().value())
                .setParameter("s", semester.number())
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Course course) {
        em.persist(course);
    }

    @Override
    public boolean isEnrolled(String courseId, String studentId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.courseId = :c AND e.studentId = :s", Long.class)
                .setParameter("c", courseId).setParameter("s", studentId).getSingleResult() > 0;
    }

    @Override
    public void enroll(Enrollment enrollment) {
        em.persist(enrollment);
    }

    @Override
    public List<Course> takenBy(String studentId, Semester semester) {
        return em.createQuery("SELECT c FROM Course c, Enrollment e WHERE e.courseId = c.id AND e.studentId = :st"
                        + " AND c.academicYear = :y AND c.semester = :s ORDER BY c.code", Course.class)
                .setParameter("st", studentId)
                .setParameter("y", semester.academicYear().value())
                .setParameter("s", semester.number())
                .getResultList();
    }

    @Override
    public List<Course> taughtBy(String username) {
        return em.createQuery("SELECT DISTINCT c FROM Course c JOIN c.teachers t WHERE t = :u", Course.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public List<Course> withSubject(int academicYear, String subject) {
        return em.createQuery("SELECT c FROM Course c WHERE c.academicYear = :y AND c.subject = :s", Course.class)
                .setParameter("y", academicYear).setParameter("s", subject).getResultList();
    }
}
