package tw.portfolio.archive.portfolio.course;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.portfolio.InMemoryStudentDirectory;

/**
 * The teaching section's course-list CSV as uploaded (read as UTF-8, as the API does): it either
 * becomes an import plan or is one {@link InvalidInputException} with the errors by row and column.
 * Seeds and past findings: {@code CourseCsvFuzzTestInputs/}.
 */
class CourseCsvFuzzTest {
    private static final InMemoryStudentDirectory STUDENTS = new InMemoryStudentDirectory();

    static {
        STUDENTS.add("s1", "A123456789", "陳怡君");
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aCourseListIsAPlanOrInvalidInputByRowAndColumn(byte[] csv) {
        CourseCsvImport reader = new CourseCsvImport(STUDENTS, new NoCourses());
        try {
            reader.read(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            e.fieldErrors().forEach(f -> assertFalse(f.message().isBlank(), f.field()));
        }
    }

    /** A school with no course stored yet: the reader only asks for courses by code. */
    private static final class NoCourses implements CourseRepository {
        @Override
        public Optional<Course> find(String courseId) {
            return Optional.empty();
        }

        @Override
        public Optional<Course> findByCode(Semester semester, String code) {
            return Optional.empty();
        }

        @Override
        public void add(Course course) {
            throw new UnsupportedOperationException("reading a CSV stores nothing");
        }

        @Override
        public boolean isEnrolled(String courseId, String studentId) {
            return false;
        }

        @Override
        public void enroll(Enrollment enrollment) {
            throw new UnsupportedOperationException("reading a CSV stores nothing");
        }

        @Override
        public List<Course> takenBy(String studentId, Semester semester) {
            return List.of();
        }

        @Override
        public List<Course> taughtBy(String username) {
            return List.of();
        }

        @Override
        public List<Course> withSubject(int academicYear, String subject) {
            return List.of();
        }
    }
}
