package tw.portfolio.archive.error;

import java.util.List;

/** An authenticated caller who is not allowed (403). */
public class ForbiddenException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        this("forbidden", message, List.of(), null);
    }

    public ForbiddenException(String message, Throwable cause) {
        this("forbidden", message, List.of(), cause);
    }

    protected ForbiddenException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
