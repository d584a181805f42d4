package tw.portfolio.archive.student;

import java.util.Objects;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A national ID (身分證字號, {@code ^[A-Z][12][0-9]{8}$}) or resident certificate number
 * ({@code ^[A-Z][89][0-9]{8}$}), validated with the ministry's checksum (DOMAIN.md, Identifiers).
 */
public final class NationalId {
    private static final Pattern SHAPE = Pattern.compile("^[A-Z][1289][0-9]{8}$");
    /** Letter codes A..Z as two digits (A10 B11 ... I34 ... O35 ... W32 X30 Y31 Z33). */
    private static final int[] LETTER_CODES = {
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33
    };
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1};

    private final String value;

    private NationalId(String value) {
        this.value = value;
    }

    /** Parses and validates; throws {@link InvalidInputException} naming what is wrong. */
    public static NationalId of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.field("nationalId", "is required");
        }
        String candidate = raw.strip();
        if (!SHAPE.matcher(candidate).matches()) {
            throw InvalidInputException.field("nationalId",
                    "must be one capital letter, then 1, 2, 8 or 9, then eight digits");
        }
        if (!checksumHolds(candidate)) {
            throw InvalidInputException.field("nationalId", "checksum does not match");
        }
        return new NationalId(candidate);
    }

    /** True when {@code raw} is a well-formed ID with a correct checksum. */
    public static boolean isValid(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() && checksumHolds(raw);
    }

    static boolean checksumHolds(String id) {
        int code = LETTER_CODES[id.charAt(0) - 'A'];
        int sum = (code / 10) + (code % 10) * 9;
        for (int i = 0; i < 8; i++) {
            sum += (id.charAt(i + 1) - '0') * WEIGHTS[i];
        }
        sum += id.charAt(9) - '0';
        return sum % 10 == 0;
    }

    /** True for a resident certificate (second character 8 or 9). */
    public boolean isResidentCertificate() {
        char second = value.charAt(1);
        return second == '8' || second == '9';
    }

    public String value() {
        return value;
    }

    /** The ID with all but the first and last two characters hidden, for screens and logs. */
    public String masked() {
        return value.charAt(0) + "*******" + value.substring(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
