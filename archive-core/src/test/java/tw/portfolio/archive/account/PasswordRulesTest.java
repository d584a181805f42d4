package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

class PasswordRulesTest {

    @Test
    void twelveCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordRules.check("student1", "abcdefghijkl"));
    }

    @Test
    void twelveChineseCharactersAreEnough() {
        assertDoesNotThrow(() -> PasswordRules.check("student1", "我的學習歷程檔案密碼很長"));
    }

    @Test
    void elevenCharactersAreTooFew() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordRules.check("student1", "abcdefghijk"));
        assertEquals(List.of(new FieldError("newPassword", "must have at least 12 characters")), e.fieldErrors());
    }

    @Test
    void charactersAreCountedAsCodePointsNotUtf16Units() {
        String sixSupplementary = new String(Character.toChars(0x20BB7)).repeat(6);
        assertEquals(12, sixSupplementary.length());
        assertThrows(InvalidInputException.class, () -> PasswordRules.check("student1", sixSupplementary));
    }

    @Test
    void aMissingPasswordIsTooShort() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PasswordRules.check("student1", null));
        assertEquals("newPassword: must have at least 12 characters", e.getMessage());
    }

    @Test
    void passwordsLongerThan512CharactersAreRefused() {
        assertDoesNotThrow(() -> PasswordRules.check("student1", "p".repeat(512)));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordRules.check("student1", "p".repeat(513)));
        assertEquals(List.of(new FieldError("newPassword", "must have at most 512 characters")), e.fieldErrors());
    }

    @ParameterizedTest(name = "\"{0}\" is refused for registrar-office1")
    @ValueSource(strings = {"registrar-office1", "REGISTRAR-OFFICE1", "Registrar-Office1"})
    void theUsernameInAnyCaseIsRefused(String password) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordRules.check("registrar-office1", password));
        assertEquals(List.of(new FieldError("newPassword", "must not be the username or the demo password")),
                e.fieldErrors());
    }

    @Test
    void theDemoPasswordIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PasswordRules.check("student1", "demo-password"));
        assertEquals("newPassword: must not be the username or the demo password", e.getMessage());
    }
}
