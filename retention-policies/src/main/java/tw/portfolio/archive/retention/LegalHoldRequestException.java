package tw.portfolio.archive.retention;

import java.util.List;
import tw.portfolio.archive.error.RuleViolationException;

/** A legal-hold request whose fields break the rules (422, problem type {@code legal-hold}), naming the field. */
public class LegalHoldRequestException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    LegalHoldRequestException(String field, String message) {
        super("legal-hold", field + ": " + message, List.of(new FieldError(field, message)), null);
    }
}
