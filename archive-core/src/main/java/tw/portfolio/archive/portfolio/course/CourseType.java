package tw.portfolio.archive.portfolio.course;

import java.util.Arrays;
import tw.portfolio.archive.error.InvalidInputException;

/** The three kinds of course of §4(2)1, with their Traditional Chinese names. */
public enum CourseType {
    NATIONAL_REQUIRED("部定必修"),
    SCHOOL_REQUIRED("校訂必修"),
    ELECTIVE("選修");

    private final String label;

    CourseType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the enum name or the Chinese name (as a CSV from the teaching section writes it). */
    public static CourseType parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        return Arrays.stream(values())
                .filter(t -> t.name().equals(value) || t.label.equals(value))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.field("type",
                        "must be 部定必修, 校訂必修 or 選修 (or NATIONAL_REQUIRED, SCHOOL_REQUIRED, ELECTIVE)"));
    }
}
