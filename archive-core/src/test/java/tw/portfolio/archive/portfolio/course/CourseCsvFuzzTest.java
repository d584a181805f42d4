package tw.portfolio.archive.portfolio.course;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
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
        CourseCsvImport reader = new CourseCsvImport(STUDENTS, noCourses());
        try {
            reader.read(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            e.fieldErrors().forEach(f -> assertFalse(f.message().isBlank(), f.field()));
        }
    }

    /** A school with no course stored yet: reading a CSV only looks courses up by code, and stores nothing. */
    private static CourseRepository noCourses() {
        return (CourseRepository) Proxy.newProxyInstance(CourseRepository.class.getClassLoader(),
                new Class<?>[] {CourseRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findByCode")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException("reading a course CSV does not call " + method.getName());
                });
    }
}
