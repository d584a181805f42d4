package tw.portfolio.archive.account;

import java.util.Map;
import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.RuleResult;

/**
 * Passay's length rule counting characters as a person does (Unicode code points), where
 * Passay's own {@code LengthRule} counts UTF-16 units and would let six CJK Extension B characters
 * pass as twelve.
 */
final class CodePointLengthRule implements Rule {
    static final String TOO_SHORT = "TOO_SHORT";
    static final String TOO_LONG = "TOO_LONG";
    private final int min;
    private final int max;

    CodePointLengthRule(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public RuleResult validate(PasswordData data) {
        String p = data.getPassword();
        int length = p.codePointCount(0, p.length());
        RuleResult result = new RuleResult();
        if (length < min) {
            result.addError(TOO_SHORT, Map.of("minimumLength", min, "length", length));
        } else if (length > max) {
            result.addError(TOO_LONG, Map.of("maximumLength", max, "length", length));
        }
        return result;
    }
}
