package tw.portfolio.archive.portfolio.course;

import java.io.Reader;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.StudentDirectory;

/** The course list of §4(2)1: the teaching section (ACADEMIC_SECTION) enters courses and who takes them. */
public class CourseService {
    private final CourseRepository courses;
    private final StudentDirectory students;
    private final PortfolioEvents events;
    private final Clock clock;

    public CourseService(CourseRepository courses, StudentDirectory students, PortfolioEvents events, Clock clock) {
        this.courses = courses;
        this.students = students;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a course; a second course with the same code in the same semester is a conflict. */
    public CourseView create(Actor actor, CourseDraft draft) {
        requireSection(actor);
        CourseDraft d = draft.validated();
        if (courses.findByCode(d.semester(), d.code()).isPresent()) {
            throw new ConflictException("Course " + d.code() + " already exists in " + d.semester());
        }
        Course course = Course.from(d);
        courses.add(course);
        events.record(ArchiveEventType.METADATA_MODIFICATION, course.id(), null, actor,
                Map.of("action", "course-created", "semester", d.semester().toString()));
        return course.view();
    }

    /** Enrolls students in a course; students already enrolled are left as they are. Returns how many were added. */
    public int enroll(Actor actor, String courseId, List<String> studentIds) {
        requireSection(actor);
        Course course = courses.find(courseId).orElseThrow(() -> new NotFoundException("No course " + courseId));
        for (String studentId : studentIds) {
            if (students.findById(studentId).isEmpty()) {
                throw new NotFoundException("No student " + studentId);
            }
        }
        int added = 0;
        for (String studentId : studentIds.stream().distinct().toList()) {
            if (!courses.isEnrolled(course.id(), studentId)) {
                addEnrollment(actor, course.id(), studentId);
                added++;
            }
        }
        return added;
    }

    /** A student's courses in a semester: the student themselves or school staff. */
    public List<CourseView> coursesOf(Actor actor, String studentId, Semester semester) {
        if (!actor.isStudent(studentId) && !actor.hasAny(Role.ACADEMIC_SECTION, Role.ACADEMIC_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the student and school staff see a student's courses");
        }
        return courses.takenBy(studentId, semester).stream().map(Course::view).toList();
    }

    public CourseView find(String courseId) {
        return courses.find(courseId).map(Course::view).orElseThrow(() -> new NotFoundException("No course " + courseId));
    }

    /**
     * Imports a course-list CSV (columns in the package documentation). All or nothing: every row
     * is checked first, and one bad row refuses the file with an error per row and column.
     */
    public CsvImportReport importCsv(Actor actor, Reader csv) {
        requireSection(actor);
        CourseCsvImport.Plan plan = new CourseCsvImport(students, courses).read(csv);
        Map<String, String> idByKey = new HashMap<>();
        int created = 0;
        for (Map.Entry<String, CourseDraft> e : plan.courses().entrySet()) {
            CourseDraft d = e.getValue();
            Course course = courses.findByCode(d.semester(), d.code()).orElse(null);
            if (course == null) {
                course = Course.from(d);
                courses.add(course);
                events.record(ArchiveEventType.METADATA_MODIFICATION, course.id(), null, actor,
                        Map.of("action", "course-created", "semester", d.semester().toString(), "source", "csv"));
                created++;
            }
            idByKey.put(e.getKey(), course.id());
        }
        int enrolled = 0;
        for (Map.Entry<String, String> pair : plan.enrollments()) {
            String courseId = idByKey.get(pair.getKey());
            if (!courses.isEnrolled(courseId, pair.getValue())) {
                addEnrollment(actor, courseId, pair.getValue());
                enrolled++;
            }
        }
        return new CsvImportReport(plan.enrollments().size(), created, enrolled);
    }

    private void addEnrollment(Actor actor, String courseId, String studentId) {
        courses.enroll(Enrollment.of(courseId, studentId, clock.instant()));
        events.record(ArchiveEventType.METADATA_MODIFICATION, courseId, studentId, actor,
                Map.of("action", "student-enrolled"));
    }

    private static void requireSection(Actor actor) {
        if (!actor.hasAny(Role.ACADEMIC_SECTION, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the teaching section enters courses");
        }
    }
}
