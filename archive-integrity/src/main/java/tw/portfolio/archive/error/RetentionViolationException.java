package tw.portfolio.archive.error;

import java.util.List;

/** A retention rule (seal, hold, disposition) refused the action (422). */
public class RetentionViolationException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public RetentionViolationException(String message) {
        this("retention-violation", message, List.of(), null);
    }

    public RetentionViolationException(String message, Throwable cause) {
        this("retention-violation", message, List.of(), cause);
    }

    protected RetentionViolationException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
