package tw.portfolio.archive.portfolio.course;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import tw.portfolio.archive.persistence.InstantConverter;

/** A student taking a course (the teaching section's course list per student, §4(2)1). */
@Entity
@Table(name = "ENROLLMENT")
@Access(AccessType.FIELD)
public class Enrollment {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "COURSE_ID", nullable = false, length = 36)
    private String courseId;

    @Column(name = "STUDENT_ID", nullable = false, length = 36)
    private String studentId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ENROLLED_AT", nullable = false)
    private Instant enrolledAt;

    protected Enrollment() {
    }

    public static Enrollment of(String courseId, String studentId, Instant at) {
        Enrollment e = new Enrollment();
        e.id = UUID.randomUUID().toString();
        e.courseId = courseId;
        e.studentId = studentId;
        e.enrolledAt = at;
        return e;
    }

    public String courseId() {
        return courseId;
    }

    public String studentId() {
        return studentId;
    }
}
