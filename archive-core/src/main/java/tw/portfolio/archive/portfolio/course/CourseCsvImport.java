package tw.portfolio.archive.portfolio.course;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.student.NationalId;

/**
 * Reads the teaching section's course-list CSV (columns in {@link #HEADER}, documented in the
 * package) into a plan, checking every row before anything is stored: the import is all or
 * nothing, and a bad file gives one {@link InvalidInputException} with an error per row and
 * column ({@code rows[7].nationalId}).
 */
final class CourseCsvImport {
    static final List<String> HEADER = List.of(
            "academicYear", "semester", "courseCode", "courseName", "subject", "type", "credits", "teachers", "nationalId");
    static final int MAX_CHARS = 4 * 1024 * 1024;

    /** The checked file: the courses by key and the (course key, student id) pairs, in file order. */
    record Plan(Map<String, CourseDraft> courses, List<Map.Entry<String, String>> enrollments) {
    }

    private final StudentDirectory students;
    private final CourseRepository courses;

    CourseCsvImport(StudentDirectory students, CourseRepository courses) {
        this.students = students;
        this.courses = courses;
    }

    static String key(Semester semester, String code) {
        return semester + "/" + code;
    }

    Plan read(Reader reader) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(reader, MAX_CHARS);
        if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
            throw InvalidInputException.field("rows[1]", "the first row must be the header " + String.join(",", HEADER));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, CourseDraft> drafts = new LinkedHashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        Map<String, Integer> pairRow = new HashMap<>();
        List<Map.Entry<String, String>> enrollments = new ArrayList<>();
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            String row = "rows[" + record.line() + "]";
            if (record.fields().size() != HEADER.size()) {
                errors.add(new FieldError(row, "has " + record.fields().size() + " columns, expected " + HEADER.size()));
                continue;
            }
            int before = errors.size();
            CourseDraft draft = draft(record.fields(), row, errors);
            String studentId = student(record.fields().get(8), row, errors);
            if (errors.size() > before) {
                continue;
            }
            String key = key(draft.semester(), draft.code());
            CourseDraft earlier = drafts.putIfAbsent(key, draft);
            if (earlier != null && !earlier.equals(draft)) {
                errors.add(new FieldError(row + ".courseCode", "course " + draft.code()
                        + " differs from row " + firstRowOf.get(key) + " of this file"));
                continue;
            }
            firstRowOf.putIfAbsent(key, record.line());
            if (earlier == null) {
                Optional<Course> stored = courses.findByCode(draft.semester(), draft.code());
                if (stored.isPresent() && !stored.get().sameAs(draft)) {
                    errors.add(new FieldError(row + ".courseCode", "course " + draft.code() + " of " + draft.semester()
                            + " already exists with other name, subject, type, credits or teachers"));
                    continue;
                }
            }
            Integer repeated = pairRow.putIfAbsent(key + "#" + studentId, record.line());
            if (repeated != null) {
                errors.add(new FieldError(row, "repeats row " + repeated));
                continue;
            }
            enrollments.add(Map.entry(key, studentId));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields("The course list has " + errors.size()
                    + " bad row(s); nothing was imported", errors);
        }
        return new Plan(drafts, enrollments);
    }

    private static CourseDraft draft(List<String> f, String row, List<FieldError> errors) {
        Integer year = number(f.get(0), row + ".academicYear", errors);
        Integer sem = number(f.get(1), row + ".semester", errors);
        Integer credits = number(f.get(6), row + ".credits", errors);
        Semester semester = null;
        CourseType type = null;
        try {
            semester = year == null || sem == null ? null : Semester.of(year, sem);
        } catch (ArchiveException e) {
            errors.add(prefixed(row, e));
        }
        try {
            type = CourseType.parse(f.get(5));
        } catch (ArchiveException e) {
            errors.add(prefixed(row, e));
        }
        List<String> teachers = Arrays.stream(f.get(7).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            return new CourseDraft(semester, f.get(2), f.get(3), f.get(4), type, credits == null ? 0 : credits, teachers)
                    .validated();
        } catch (ArchiveException e) {
            for (FieldError fe : e.fieldErrors()) {
                String column = switch (fe.field()) {
                    case "code" -> "courseCode";
                    case "name" -> "courseName";
                    default -> fe.field();
                };
                String field = row + "." + column;
                boolean reported = fe.field().equals("semester") && semester == null;
                if (!reported && errors.stream().noneMatch(x -> x.field().equals(field))) {
                    errors.add(new FieldError(field, fe.message()));
                }
            }
            return null;
        }
    }

    private String student(String raw, String row, List<FieldError> errors) {
        NationalId id;
        try {
            id = NationalId.of(raw);
        } catch (ArchiveException e) {
            errors.add(prefixed(row, e));
            return null;
        }
        Optional<StudentSummary> student = students.findByNationalId(id);
        if (student.isEmpty()) {
            errors.add(new FieldError(row + ".nationalId", "no student has the national ID " + id.masked()));
            return null;
        }
        return student.get().id();
    }

    private static Integer number(String raw, String field, List<FieldError> errors) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    private static FieldError prefixed(String row, ArchiveException e) {
        FieldError fe = e.fieldErrors().isEmpty() ? new FieldError("value", e.getMessage()) : e.fieldErrors().get(0);
        return new FieldError(row + "." + fe.field(), fe.message());
    }
}
