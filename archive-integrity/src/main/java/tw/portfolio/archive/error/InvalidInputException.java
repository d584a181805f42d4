package tw.portfolio.archive.error;

import java.util.List;

/** Input that fails validation (400). */
public class InvalidInputException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        this("invalid-input", message, List.of(), null);
    }

    public InvalidInputException(String message, Throwable cause) {
        this("invalid-input", message, List.of(), cause);
    }

    /** One field rejected, with the reason. */
    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException("invalid-input", field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    /** Several fields rejected at once. */
    public static InvalidInputException fields(String message, List<FieldError> errors) {
        return new InvalidInputException("invalid-input", message, errors, null);
    }

    protected InvalidInputException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
