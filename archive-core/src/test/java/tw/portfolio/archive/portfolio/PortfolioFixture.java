package tw.portfolio.archive.portfolio;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.portfolio.course.CourseDraft;
import tw.portfolio.archive.portfolio.course.CourseType;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;

/**
 * The school a portfolio test runs in: 學年度 115, semester 1, "now" 2026-11-28T08:00Z, two
 * students, teacher1 (數學 M101), teacher2 (數學 M102), teacher3 (英文 E101), every window open now.
 */
public final class PortfolioFixture {
    public static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    public static final Semester SEMESTER = Semester.of(115, 1);
    public static final int YEAR = 115;
    public static final String STUDENT1 = "stu-0001";
    public static final String STUDENT2 = "stu-0002";

    public final MutableClock clock = new MutableClock(NOW);
    public final RecordingArchiveEvents events = new RecordingArchiveEvents();
    public final InMemoryArtifactCatalog artifacts = new InMemoryArtifactCatalog();
    public final InMemoryStudentDirectory students = new InMemoryStudentDirectory();
    public final PortfolioSettings settings;

    public final Actor section = Actor.staff("section1", Role.ACADEMIC_SECTION);
    public final Actor admin = Actor.staff("admin1", Role.ACADEMIC_ADMIN);
    public final Actor registrar = Actor.staff("registrar1", Role.REGISTRAR);
    public final Actor teacher1 = Actor.staff("teacher1", Role.SUBJECT_TEACHER);
    public final Actor teacher2 = Actor.staff("teacher2", Role.SUBJECT_TEACHER);
    public final Actor teacher3 = Actor.staff("teacher3", Role.SUBJECT_TEACHER);
    public final Actor student1 = Actor.student("student1", STUDENT1);
    public final Actor student2 = Actor.student("student2", STUDENT2);

    public String mathCourse;
    public String math2Course;
    public String englishCourse;
    public String homeroom;

    public PortfolioFixture() {
        this(PortfolioSettings.defaults());
    }

    public PortfolioFixture(PortfolioSettings settings) {
        this.settings = settings;
        students.add(STUDENT1, "A123456789", "王小明");
        students.add(STUDENT2, "B123456780", "李小華");
    }

    public PortfolioServices services(EntityManager em) {
        return new PortfolioServices(em, events, artifacts, students, clock, settings);
    }

    /** Courses, enrollments (student1 in M101, E101, homeroom; student2 in M102) and open windows. */
    public PortfolioFixture seed(PortfolioDatabase db) {
        db.inTransaction(s -> {
            mathCourse = s.courses().create(section, course("M101", "數學A", "數學", 4, "teacher1")).id();
            math2Course = s.courses().create(section, course("M102", "數學B", "數學", 4, "teacher2")).id();
            englishCourse = s.courses().create(section, course("E101", "英文", "英文", 4, "teacher3")).id();
            homeroom = s.courses().create(section, course("H001", "班會", "班級活動", 0, "teacher1")).id();
            s.courses().enroll(section, mathCourse, List.of(STUDENT1));
            s.courses().enroll(section, englishCourse, List.of(STUDENT1));
            s.courses().enroll(section, homeroom, List.of(STUDENT1));
            s.courses().enroll(section, math2Course, List.of(STUDENT2));
            Instant open = NOW.minus(Duration.ofDays(30));
            Instant close = NOW.plus(Duration.ofDays(30));
            for (WindowKind kind : WindowKind.values()) {
                WindowPeriod p = kind.perSemester() ? WindowPeriod.of(kind, SEMESTER) : WindowPeriod.of(kind, AcademicYear.of(YEAR));
                s.windows().set(admin, p, open, close);
            }
            return null;
        });
        return this;
    }

    public static CourseDraft course(String code, String name, String subject, int credits, String... teachers) {
        return new CourseDraft(SEMESTER, code, name, subject, CourseType.NATIONAL_REQUIRED, credits, List.of(teachers));
    }
}
