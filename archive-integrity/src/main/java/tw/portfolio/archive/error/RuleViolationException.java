package tw.portfolio.archive.error;

import java.util.List;

/** A domain rule refused the action (a limit, a window): 422 with the rule's own problem type. */
public class RuleViolationException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message) {
        this("rule-violation", message, List.of(), null);
    }

    public RuleViolationException(String message, Throwable cause) {
        this("rule-violation", message, List.of(), cause);
    }

    /** A named rule (its slug becomes the problem type, for example {@code selection-limit}). */
    public static RuleViolationException of(String rule, String message) {
        return new RuleViolationException(rule, message, List.of(), null);
    }

    protected RuleViolationException(String problemType, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(problemType, message, fieldErrors, cause);
    }
}
