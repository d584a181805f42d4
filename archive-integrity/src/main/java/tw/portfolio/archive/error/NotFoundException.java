package tw.portfolio.archive.error;

import java.util.List;

/** A resource that does not exist or that the caller may not know exists (404). */
public class NotFoundException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        this("not-found", message, List.of(), null);
    }

    public NotFoundException(String message, Throwable cause) {
        this("not-found", message, List.of(), cause);
    }

    protected NotFoundException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
