package tw.portfolio.archive.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.passay.DictionaryRule;
import org.passay.HistoryRule;
import org.passay.IllegalRegexRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import tw.portfolio.archive.error.ArchiveException.FieldError;

/**
 * What a new password must be (OWASP ASVS 2.1), checked with Passay: 12 to 512 characters (code
 * points), not the current password, not containing the username in any case, no control
 * characters, and not one of the common passwords shipped in {@code common-passwords.txt} (nor this
 * project's published demo password). Existing passwords are never re-checked: the rules apply when
 * a password is chosen.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 512;
    /** The field every violation names. */
    public static final String FIELD = "newPassword";
    static final String COMMON_PASSWORDS = "common-passwords.txt";
    /** Published in the README for the demo school, so as common as it gets here. */
    static final String DEMO_PASSWORD = "demo-password";

    private static final Map<String, String> MESSAGES = Map.of(
            CodePointLengthRule.TOO_SHORT, "must have at least " + MIN_LENGTH + " characters",
            CodePointLengthRule.TOO_LONG, "must have at most " + MAX_LENGTH + " characters",
            HistoryRule.ERROR_CODE, "must not be the current password",
            UsernameRule.ERROR_CODE, "must not contain the username",
            IllegalRegexRule.ERROR_CODE, "must not contain control characters",
            DictionaryRule.ERROR_CODE, "is a commonly used password");
    private static final PasswordValidator VALIDATOR = new PasswordValidator(
            new CodePointLengthRule(MIN_LENGTH, MAX_LENGTH),
            new HistoryRule(),
            new UsernameRule(false, true),
            new IllegalRegexRule("\\p{Cc}", false),
            new DictionaryRule(new WordListDictionary(commonPasswords())));

    private PasswordRules() {
    }

    /**
     * Refuses {@code newPassword} with every rule it breaks.
     *
     * @param username the account's username
     * @param currentPassword the current password, already verified, or null when there is none to
     *     compare with (a reset)
     * @param newPassword the password chosen
     * @throws PasswordRuleViolation listing each broken rule
     */
    public static void check(String username, String currentPassword, String newPassword) {
        List<FieldError> errors = violations(username, currentPassword, newPassword);
        if (!errors.isEmpty()) {
            throw new PasswordRuleViolation(errors);
        }
    }

    /** Each rule {@code newPassword} breaks, in rule order; empty when it is acceptable. */
    public static List<FieldError> violations(String username, String currentPassword, String newPassword) {
        PasswordData data = new PasswordData(username, newPassword == null ? "" : newPassword);
        if (currentPassword != null) {
            data.setPasswordReferences(new PasswordData.HistoricalReference(currentPassword));
        }
        RuleResult result = VALIDATOR.validate(data);
        Set<String> messages = new LinkedHashSet<>();
        for (RuleResultDetail d : result.getDetails()) {
            messages.add(MESSAGES.getOrDefault(d.getErrorCode(), d.getErrorCode()));
        }
        return messages.stream().map(m -> new FieldError(FIELD, m)).toList();
    }

    private static ArrayWordList commonPasswords() {
        InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
        }
        List<String> words = new ArrayList<>();
        words.add(DEMO_PASSWORD);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Stream<String> lines = r.lines();
            lines.filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
    }
}
