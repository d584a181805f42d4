package tw.portfolio.archive.error;

import java.util.List;

/** A request that conflicts with the current state (409). */
public class ConflictException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        this("conflict", message, List.of(), null);
    }

    public ConflictException(String message, Throwable cause) {
        this("conflict", message, List.of(), cause);
    }

    protected ConflictException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
