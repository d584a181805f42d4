package tw.portfolio.archive.search;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * One searchable thing: an archived file or a record, flattened to the fields search needs. Built
 * with {@link #builder(String, DocumentType)}; optional fields are {@code null} (or empty for
 * {@code teacherUsernames}). Identifiers are matched exactly; {@code title}, {@code description},
 * {@code filename}, {@code body} and the names are full text.
 *
 * @param id the artifact or record id (opaque, at most 100 characters)
 * @param teacherUsernames the teachers whose courses this belongs to; a teacher finds only
 *     documents listing them
 * @param academicYear Minguo academic year ({@code 115}), or null
 * @param semester 1 or 2, 0 for per-year items, or null
 * @param sha256 lowercase hex digest of the file, or null for records
 * @param body extracted text (PDF text), or null when none
 * @param textNote why no text was extracted ({@code "text not extracted: encrypted"}), or null
 */
public record SearchDocument(
        String id, DocumentType type, DocumentState state,
        String studentId, String studentName, String nationalId, String studentNumber, String className,
        String courseId, String courseName, Set<String> teacherUsernames,
        Integer academicYear, Integer semester, String category,
        String title, String description, String filename, String sha256, String mediaType,
        String body, String textNote) {

    /** Longest accepted id. */
    public static final int MAX_ID_LENGTH = 100;
    private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    public SearchDocument {
        id = requireId(id);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        teacherUsernames = teacherUsernames == null ? Set.of() : Set.copyOf(teacherUsernames);
        nationalId = nationalId == null ? null : nationalId.strip().toUpperCase(Locale.ROOT);
        sha256 = sha256 == null ? null : sha256.strip().toLowerCase(Locale.ROOT);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw InvalidInputException.field("sha256", "must be 64 hexadecimal digits");
        }
        if (academicYear != null && (academicYear < 1 || academicYear > 999)) {
            throw InvalidInputException.field("academicYear", "must be a Minguo year between 1 and 999");
        }
        if (semester != null && (semester < 0 || semester > 2)) {
            throw InvalidInputException.field("semester", "must be 0, 1 or 2");
        }
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.field("id", "is required");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw InvalidInputException.field("id", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    /** Starts a document with its id and type; state defaults to {@link DocumentState#ACTIVE}. */
    public static Builder builder(String id, DocumentType type) {
        return new Builder(id, type);
    }

    /** A copy in another lifecycle state. */
    public SearchDocument withState(DocumentState newState) {
        return new SearchDocument(id, type, newState, studentId, studentName, nationalId, studentNumber, className,
                courseId, courseName, teacherUsernames, academicYear, semester, category, title, description,
                filename, sha256, mediaType, body, textNote);
    }

    /** Fluent construction of a {@link SearchDocument}; {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private final DocumentType type;
        private DocumentState state = DocumentState.ACTIVE;
        private String studentId, studentName, nationalId, studentNumber, className, courseId, courseName;
        private Set<String> teacherUsernames = Set.of();
        private Integer academicYear, semester;
        private String category, title, description, filename, sha256, mediaType, body, textNote;

        private Builder(String id, DocumentType type) {
            this.id = id;
            this.type = type;
        }

        public Builder state(DocumentState v) { state = v; return this; }
        public Builder studentId(String v) { studentId = v; return this; }
        public Builder studentName(String v) { studentName = v; return this; }
        public Builder nationalId(String v) { nationalId = v; return this; }
        public Builder studentNumber(String v) { studentNumber = v; return this; }
        public Builder className(String v) { className = v; return this; }
        public Builder courseId(String v) { courseId = v; return this; }
        public Builder courseName(String v) { courseName = v; return this; }
        public Builder teacherUsernames(Set<String> v) { teacherUsernames = v; return this; }
        public Builder academicYear(Integer v) { academicYear = v; return this; }
        public Builder semester(Integer v) { semester = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder filename(String v) { filename = v; return this; }
        public Builder sha256(String v) { sha256 = v; return this; }
        public Builder mediaType(String v) { mediaType = v; return this; }
        public Builder body(String v) { body = v; return this; }
        public Builder textNote(String v) { textNote = v; return this; }

        /** Applies an extraction outcome: its text as body, or its reason as text note. */
        public Builder extracted(ExtractedText text) {
            body = text.text().orElse(null);
            textNote = text.note().orElse(null);
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(id, type, state, studentId, studentName, nationalId, studentNumber, className,
                    courseId, courseName, teacherUsernames, academicYear, semester, category, title, description,
                    filename, sha256, mediaType, body, textNote);
        }
    }
}
