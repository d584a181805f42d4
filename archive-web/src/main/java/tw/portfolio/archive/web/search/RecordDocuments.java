package tw.portfolio.archive.web.search;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Optional;
import tw.portfolio.archive.portfolio.course.Course;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.student.Student;

/**
 * Search documents for portfolio records: a course-learning outcome (with its course, subject and
 * teachers, so a teacher finds their courses' outcomes) and a diverse-performance item (with its
 * category). The record's lifecycle state is its facet value; a record is ACTIVE to the index until
 * retention seals its student (then SEALED) or deletes it.
 */
final class RecordDocuments {
    private RecordDocuments() {
    }

    static Optional<SearchDocument> outcome(EntityManager em, String id) {
        CourseOutcome o = em.find(CourseOutcome.class, id);
        if (o == null) {
            return Optional.empty();
        }
        Course course = em.find(Course.class, o.courseId());
        SearchDocument.Builder b = SearchDocument.builder(o.id(), DocumentType.COURSE_OUTCOME)
                .state(DocumentState.ACTIVE)
                .studentId(o.studentId())
                .academicYear(o.academicYear())
                .category(o.state().name())
                .title(o.description())
                .description(o.description());
        if (course != null) {
            CourseView c = course.view();
            b.courseId(c.id()).courseName(c.code() + " " + c.name() + " " + c.subject()).semester(c.semester())
                    .teacherUsernames(new HashSet<>(c.teachers()));
        }
        return Optional.of(withStudent(em, b, o.studentId()).build());
    }

    static Optional<SearchDocument> diverse(EntityManager em, String id) {
        DiversePerformance d = em.find(DiversePerformance.class, id);
        if (d == null) {
            return Optional.empty();
        }
        DiverseView v = d.view();
        SearchDocument.Builder b = SearchDocument.builder(v.id(), DocumentType.DIVERSE_PERFORMANCE)
                .state(DocumentState.ACTIVE)
                .studentId(v.studentId())
                .academicYear(v.academicYear())
                .category(v.category().name())
                .title(v.name())
                .description(String.join(" ", v.content() == null ? "" : v.content(),
                        v.award() == null ? "" : v.award()).strip());
        return Optional.of(withStudent(em, b, v.studentId()).build());
    }

    /** Adds who the student is, and makes the record SEALED once the student is sealed (§6). */
    private static SearchDocument.Builder withStudent(EntityManager em, SearchDocument.Builder b, String studentId) {
        Student s = em.find(Student.class, studentId);
        if (s != null && s.seal().isPresent()) {
            b.state(DocumentState.SEALED);
        }
        if (s != null) {
            b.studentName(s.name()).nationalId(s.nationalId().value()).studentNumber(s.studentNumber())
                    .className(s.className());
        }
        return b;
    }
}
