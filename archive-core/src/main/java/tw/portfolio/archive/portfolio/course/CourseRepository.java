package tw.portfolio.archive.portfolio.course;

import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.calendar.Semester;

/** Stored courses and enrollments. */
public interface CourseRepository {
    Optional<Course> find(String courseId);

    Optional<Course> findByCode(Semester semester, String code);

    void add(Course course);

    boolean isEnrolled(String courseId, String studentId);

    void enroll(Enrollment enrollment);

    /** The courses a student takes in a semester, by code. */
    List<Course> takenBy(String studentId, Semester semester);

    /** Every course, of any semester, that lists {@code username} as a teacher. */
    List<Course> taughtBy(String username);

    /** Courses of an academic year with this subject. */
    List<Course> withSubject(int academicYear, String subject);
}
