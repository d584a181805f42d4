package tw.portfolio.archive.search;

import java.util.Locale;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Narrowing filters of a search; a null component does not filter. Filters never widen what the
 * caller may see: asking for {@code state=SEALED} as a registrar finds nothing.
 */
public record SearchFilters(Integer academicYear, Integer semester, String category,
                            DocumentState state, DocumentType type) {

    private static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

    public SearchFilters {
        if (academicYear != null && (academicYear < 1 || academicYear > 999)) {
            throw InvalidInputException.field("academicYear", "must be a Minguo year such as 115");
        }
        if (semester != null && (semester < 0 || semester > 2)) {
            throw InvalidInputException.field("semester", "must be 1 or 2 (0 for per-year items)");
        }
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static SearchFilters none() {
        return NONE;
    }

    /** Parses the query-string form; blank or null parameters do not filter. */
    public static SearchFilters parse(String academicYear, String semester, String category, String state, String type) {
        return new SearchFilters(integer("academicYear", academicYear), integer("semester", semester), category,
                constant("state", state, DocumentState.class), constant("type", type, DocumentType.class));
    }

    public SearchFilters withAcademicYear(Integer v) { return new SearchFilters(v, semester, category, state, type); }
    public SearchFilters withSemester(Integer v) { return new SearchFilters(academicYear, v, category, state, type); }
    public SearchFilters withCategory(String v) { return new SearchFilters(academicYear, semester, v, state, type); }
    public SearchFilters withState(DocumentState v) { return new SearchFilters(academicYear, semester, category, v, type); }
    public SearchFilters withType(DocumentType v) { return new SearchFilters(academicYear, semester, category, state, v); }

    private static Integer integer(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "must be a whole number, not '" + raw + "'");
        }
    }

    private static <E extends Enum<E>> E constant(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
