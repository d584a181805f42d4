package tw.portfolio.archive.student;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.ArchiveException.FieldError;

/**
 * The registrar's rules for a student record (§4(1)1; DOMAIN.md, Identifiers): a national ID or
 * resident certificate number with a correct checksum, an opaque student number, a name, a class,
 * grade 1 to 3, and dates of birth and entry that are real dates, not in the future, birth before
 * entry. Every broken rule is reported at once, each naming its field.
 */
public final class StudentRecordRule {
    /** Student numbers: opaque per school, but kept to letters, digits and '-' (they become usernames). */
    static final Pattern STUDENT_NUMBER = Pattern.compile("^[0-9A-Za-z-]{2,20}$");
    static final int MAX_NAME = 50;
    static final int MAX_CLASS = 32;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private StudentRecordRule() {
    }

    /** The fields as they arrived (JSON or a CSV row), before any check. */
    public record Raw(String nationalId, String studentNumber, String name, String birthDate, String className,
            String grade, String enrolledOn) {
    }

    /** The checked record; throws {@link StudentRecordException} listing every broken rule. */
    public static StudentRecord check(Raw raw, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        StudentRecord r = evaluate(raw, today, errors);
        if (!errors.isEmpty()) {
            throw new StudentRecordException("The student record breaks " + errors.size() + " rule(s): "
                    + errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    errors);
        }
        return r;
    }

    /** The checked record, or null with the broken rules added to {@code errors}. */
    public static StudentRecord evaluate(Raw raw, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        NationalId id = null;
        try {
            id = NationalId.of(raw.nationalId());
        } catch (ArchiveException e) {
            errors.addAll(e.fieldErrors());
        }
        String number = strip(raw.studentNumber());
        if (number.isEmpty()) {
            errors.add(new FieldError("studentNumber", "is required"));
        } else if (!STUDENT_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("studentNumber", "must be 2 to 20 letters, digits or '-'"));
        }
        String name = text("name", raw.name(), MAX_NAME, errors);
        String className = text("className", raw.className(), MAX_CLASS, errors);
        Integer grade = grade(raw.grade(), errors);
        LocalDate birth = date("birthDate", raw.birthDate(), today, errors);
        LocalDate entry = date("enrolledOn", raw.enrolledOn(), today, errors);
        if (birth != null && entry != null && !birth.isBefore(entry)) {
            errors.add(new FieldError("birthDate", "must be before enrolledOn"));
        }
        return errors.size() > before ? null : new StudentRecord(id, number, name, birth, className, grade, entry);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String text(String field, String raw, int max, List<FieldError> errors) {
        String v = strip(raw);
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
        } else if (v.codePointCount(0, v.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        } else if (v.codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return v;
    }

    private static Integer grade(String raw, List<FieldError> errors) {
        String v = strip(raw);
        try {
            int g = Integer.parseInt(v);
            if (g >= 1 && g <= 3) {
                return g;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("grade", v.isEmpty() ? "is required" : "must be 1, 2 or 3"));
        return null;
    }

    /** An ISO 8601 date ({@code 2026-08-01}) from 1900 on and not after {@code today}. */
    static LocalDate date(String field, String raw, LocalDate today, List<FieldError> errors) {
        String v = strip(raw);
        if (v.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as 2026-08-01"));
            return null;
        }
        if (d.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future"));
        } else if (d.isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "must be 1900-01-01 or later"));
        } else {
            return d;
        }
        return null;
    }
}
