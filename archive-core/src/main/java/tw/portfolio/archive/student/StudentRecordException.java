package tw.portfolio.archive.student;

import java.util.List;
import tw.portfolio.archive.error.RuleViolationException;

/**
 * A student record the registrar's rules refuse (a national ID whose checksum fails, a birth date
 * in the future...): 422, problem type {@code student-record}, one error per field (and per row of
 * an import).
 */
public class StudentRecordException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    public StudentRecordException(String message, List<FieldError> errors) {
        super("student-record", message, errors, null);
    }
}
