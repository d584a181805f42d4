package tw.portfolio.archive.student;

import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;

/** A six-character school code, {@code ^[0-9]{3}[0-9A-Z][0-9]{2}$} (DOMAIN.md, Identifiers). */
public record SchoolCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[0-9]{3}[0-9A-Z][0-9]{2}$");

    public SchoolCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw InvalidInputException.field("schoolCode", "must be three digits, a digit or capital letter, then two digits");
        }
    }

    public static SchoolCode of(String value) {
        return new SchoolCode(value);
    }
}
