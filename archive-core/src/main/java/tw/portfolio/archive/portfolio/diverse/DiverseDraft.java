package tw.portfolio.archive.portfolio.diverse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A diverse-performance item as the student enters it.
 *
 * @param category one of the ten categories
 * @param name name of the activity, competition, certificate ...
 * @param content what was done
 * @param award award or result (optional)
 * @param hours hours (optional, whole hours, not negative)
 * @param startDate start (optional)
 * @param endDate end (optional, not before start)
 * @param artifactIds proof files (optional)
 */
public record DiverseDraft(DiversePerformanceCategory category, String name, String content, String award, Integer hours,
        LocalDate startDate, LocalDate endDate, List<String> artifactIds) {

    /** Trims and checks; one {@link InvalidInputException} lists every bad field. */
    public DiverseDraft validated() {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(new FieldError("category", "is required"));
        }
        String n = text(name, "name", 200, true, errors);
        String c = text(content, "content", 2000, true, errors);
        String a = text(award, "award", 200, false, errors);
        if (hours != null && (hours < 0 || hours > 10_000)) {
            errors.add(new FieldError("hours", "must be between 0 and 10000"));
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "is before startDate"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.fields("The diverse-performance item is not valid", errors);
        }
        return new DiverseDraft(category, n, c, a, hours, startDate, endDate,
                artifactIds == null ? List.of() : List.copyOf(artifactIds));
    }

    private static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
        }
        return v;
    }
}
