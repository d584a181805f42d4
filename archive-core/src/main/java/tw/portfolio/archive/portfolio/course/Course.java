package tw.portfolio.archive.portfolio.course;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.portfolio.archive.calendar.Semester;

/** A course of one semester (§4(2)1), entered by the teaching section. */
@Entity
@Table(name = "COURSE")
@Access(AccessType.FIELD)
public class Course {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "SUBJECT", nullable = false, length = 100)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "COURSE_TYPE", nullable = false, length = 32)
    private CourseType type;

    @Column(name = "CREDITS", nullable = false)
    private int credits;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "SEMESTER", nullable = false)
    private int semester;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COURSE_TEACHER", joinColumns = @JoinColumn(name = "COURSE_ID"))
    @OrderColumn(name = "TEACHER_ORDER")
    @Column(name = "USERNAME", nullable = false, length = 100)
    private List<String> teachers = new ArrayList<>();

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected Course() {
    }

    /** A new course from a validated draft. */
    public static Course from(CourseDraft draft) {
        CourseDraft d = draft.validated();
        Course c = new Course();
        c.id = UUID.randomUUID().toString();
        c.code = d.code();
        c.name = d.name();
        c.subject = d.subject();
        c.type = d.type();
        c.credits = d.credits();
        c.academicYear = d.semester().academicYear().value();
        c.semester = d.semester().number();
        c.teachers = new ArrayList<>(d.teachers());
        return c;
    }

    /** True when this course says the same as {@code draft} (same semester and code assumed). */
    public boolean sameAs(CourseDraft draft) {
        return name.equals(draft.name()) && subject.equals(draft.subject()) && type == draft.type()
                && credits == draft.credits() && teachers.equals(draft.teachers());
    }

    /** Credit-bearing courses are the ones outcomes may be uploaded for (§4(3)). */
    public boolean isCreditBearing() {
        return credits > 0;
    }

    public boolean isTaughtBy(String username) {
        return teachers.contains(username);
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String subject() {
        return subject;
    }

    public Semester semester() {
        return Semester.of(academicYear, semester);
    }

    public List<String> teachers() {
        return List.copyOf(teachers);
    }

    public CourseView view() {
        return new CourseView(id, code, name, subject, type, credits, academicYear, semester, List.copyOf(teachers));
    }
}
