package tw.portfolio.archive.error;

import java.util.List;
import java.util.Objects;

/**
 * The one unchecked root of every failure the archive reports on purpose. Each subclass is a
 * family that the web layer maps to one RFC 9457 problem type; {@link #problemType()} is the
 * stable slug that ends the problem's {@code type} URI.
 */
public abstract class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String problemType;
    private final List<FieldError> fieldErrors;

    protected ArchiveException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(message, cause);
        this.problemType = Objects.requireNonNull(problemType, "problemType");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Stable slug naming the problem, for example {@code invalid-input} or {@code selection-limit}. */
    public String problemType() {
        return problemType;
    }

    /** Field-level reasons, empty when the failure is not about one field. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * One rejected field and why; {@code row} is the 1-based line of an imported file the field is
     * in, null for a request body.
     */
    public record FieldError(String field, String message, Integer row) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }

        public FieldError(String field, String message) {
            this(field, message, null);
        }

        /** The same error, in row {@code line} of an imported file. */
        public FieldError inRow(int line) {
            return new FieldError(field, message, line);
        }
    }
}
