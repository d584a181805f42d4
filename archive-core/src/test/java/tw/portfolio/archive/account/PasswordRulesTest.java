package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;

class PasswordRulesTest {
    private static final String CURRENT = "the-current-password-1";

    private static List<String> broken(String username, String password) {
        return PasswordRules.violations(username, CURRENT, password).stream().map(FieldError::message).toList();
    }

    @Test
    void twelveCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordRules.check("student1", CURRENT, "abcdefghijkm"));
    }

    @Test
    void twelveChineseCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordRules.check("student1", CURRENT, "我的學習歷程檔案密碼很長"));
    }

    @Test
    void elevenCharactersAreTooFewAndTheViolationNamesTheRuleAndTheField() {
        PasswordRuleViolation e = assertThrows(PasswordRuleViolation.class,
                () -> PasswordRules.check("student1", CURRENT, "abcdefghijk"));
        assertEquals("password-policy", e.problemType());
        assertEquals(List.of(new FieldError("newPassword", "must have at least 12 characters")), e.fieldErrors());
    }

    @Test
    void charactersAreCountedAsCodePointsNotUtf16Units() {
        String sixSupplementary = new String(Character.toChars(0x20BB7)).repeat(6);
        assertEquals(12, sixSupplementary.length());
        assertEquals(List.of("must have at least 12 characters"), broken("student1", sixSupplementary));
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertEquals(List.of("must have at least 12 characters"), broken("student1", null));
    }

    @Test
    void passwordsLongerThan512CharactersAreRefused() {
        assertEquals(List.of(), broken("student1", "a-long-pass-".repeat(42) + "word1234"));
        assertEquals(List.of("must have at most 512 characters"), broken("student1", "q7".repeat(257)));
    }

    @Test
    void theCurrentPasswordIsRefused() {
        assertEquals(List.of("must not be the current password"), broken("student1", CURRENT));
    }

    @Test
    void withoutACurrentPasswordToCompareTheHistoryRuleHasNothingToRefuse() {
        assertEquals(List.of(), PasswordRules.violations("student1", null, CURRENT));
    }

    @ParameterizedTest(name = "\"{0}\" contains registrar-office1")
    @ValueSource(strings = {"registrar-office1", "REGISTRAR-OFFICE1", "my-Registrar-Office1-pass"})
    void aPasswordContainingTheUsernameInAnyCaseIsRefused(String password) {
        assertEquals(List.of("must not contain the username"), broken("registrar-office1", password));
    }

    @ParameterizedTest(name = "control character U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x0A, 0x1B, 0x7F, 0x85, 0x9F})
    void controlCharactersAreRefused(int c) {
        assertEquals(List.of("must not contain control characters"),
                broken("student1", "a-long-pass" + (char) c + "word"));
    }

    @ParameterizedTest(name = "\"{0}\" is a common password")
    @ValueSource(strings = {"1qaz2wsx3edc4rfv", "1qaz2wsx3edc", "PasswordPassword", "demo-password"})
    void commonPasswordsInAnyCaseAndTheDemoPasswordAreRefused(String password) {
        assertEquals(List.of("is a commonly used password"), broken("student1", password));
    }

    @Test
    void everyBrokenRuleIsListedOnce() {
        assertEquals(List.of("must have at least 12 characters", "must not contain the username",
                "must not contain control characters"), broken("student1", "student1\u0000\u0001"));
    }
}
