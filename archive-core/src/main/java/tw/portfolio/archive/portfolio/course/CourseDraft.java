package tw.portfolio.archive.portfolio.course;

import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A course as the teaching section enters it; {@link #validated} checks every field at once.
 *
 * @param semester academic year and semester
 * @param code the school's course code, unique per semester
 * @param name course name
 * @param subject subject (科目), used to find a substitute certifier
 * @param type 部定必修 / 校訂必修 / 選修
 * @param credits credits (0 for a course without credit)
 * @param teachers usernames of the teachers
 */
public record CourseDraft(Semester semester, String code, String name, String subject, CourseType type, int credits,
        List<String> teachers) {

    static final int MAX_CREDITS = 20;

    /** Trims and checks; throws one {@link InvalidInputException} listing every bad field. */
    public CourseDraft validated() {
        List<FieldError> errors = new ArrayList<>();
        if (semester == null) {
            errors.add(new FieldError("semester", "is required"));
        }
        String c = required(code, "code", 32, errors);
        String n = required(name, "name", 200, errors);
        String s = required(subject, "subject", 100, errors);
        if (type == null) {
            errors.add(new FieldError("type", "is required"));
        }
        if (credits < 0 || credits > MAX_CREDITS) {
            errors.add(new FieldError("credits", "must be between 0 and " + MAX_CREDITS));
        }
        List<String> t = teachers == null ? List.of() : teachers.stream().map(x -> x == null ? "" : x.strip()).toList();
        if (t.isEmpty() || t.stream().anyMatch(String::isEmpty)) {
            errors.add(new FieldError("teachers", "at least one teacher username, none blank"));
        } else if (t.stream().distinct().count() != t.size()) {
            errors.add(new FieldError("teachers", "lists a teacher twice"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields("The course is not valid", errors);
        }
        return new CourseDraft(semester, c, n, s, type, credits, t);
    }

    private static String required(String value, String field, int max, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
        } else if (v.length() > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
        }
        return v;
    }
}
