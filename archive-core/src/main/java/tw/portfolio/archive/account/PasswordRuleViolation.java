package tw.portfolio.archive.account;

import java.util.List;
import java.util.stream.Collectors;
import tw.portfolio.archive.error.RuleViolationException;

/**
 * A new password broke one or more {@link PasswordRules}: 422 with problem type
 * {@value #TYPE} and one {@code errors} entry per broken rule.
 */
public final class PasswordRuleViolation extends RuleViolationException {
    private static final long serialVersionUID = 1L;
    /** The stable problem type slug. */
    public static final String TYPE = "password-policy";

    PasswordRuleViolation(List<FieldError> errors) {
        super(TYPE, "The new password breaks the password rules: "
                + errors.stream().map(FieldError::message).collect(Collectors.joining("; ")), errors, null);
    }
}
