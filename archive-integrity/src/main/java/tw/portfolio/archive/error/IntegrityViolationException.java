package tw.portfolio.archive.error;

import java.util.List;

/** Stored data that disagrees with its digest, signature or log (500-class, reported, never hidden). */
public class IntegrityViolationException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public IntegrityViolationException(String message) {
        this("integrity-violation", message, List.of(), null);
    }

    public IntegrityViolationException(String message, Throwable cause) {
        this("integrity-violation", message, List.of(), cause);
    }

    protected IntegrityViolationException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
