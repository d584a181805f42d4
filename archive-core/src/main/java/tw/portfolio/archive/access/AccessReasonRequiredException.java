package tw.portfolio.archive.access;

import java.util.List;
import tw.portfolio.archive.error.ForbiddenException;

/**
 * An auditor's read of sealed content without a good enough reason (403, problem type
 * {@code access-reason-required}): the message says a reason is needed and how long it must be.
 */
public class AccessReasonRequiredException extends ForbiddenException {
    private static final long serialVersionUID = 1L;

    public AccessReasonRequiredException(String message) {
        super("access-reason-required", message, List.of(new FieldError("reason", message)), null);
    }
}
