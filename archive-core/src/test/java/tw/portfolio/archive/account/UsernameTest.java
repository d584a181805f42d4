package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

class UsernameTest {

    @ParameterizedTest(name = "{0} is a username")
    @ValueSource(strings = {"student1", "abc", "a.b-c_d", "0admin", "registrar1", "t.wang_2026"})
    void lowercaseLettersDigitsDotDashAndUnderscoreAreAccepted(String raw) {
        assertEquals(raw, Username.check(raw));
        assertTrue(Username.isValid(raw));
    }

    @Test
    void sixtyFourCharactersAreTheMost() {
        assertTrue(Username.isValid("a".repeat(64)));
        assertFalse(Username.isValid("a".repeat(65)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Student1", "STUDENT1", ".abc", "-abc", "_abc", "with space", "王小明",
        "student1\n", "a|b|c", "user@school", "ｓｔｕｄｅｎｔ"})
    void anythingElseIsRefusedNamingTheUsernameField(String raw) {
        assertFalse(Username.isValid(raw));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Username.check(raw));
        assertEquals(List.of(new FieldError("username", "must be 3 to 64 lowercase letters, digits, '.', '-' or '_'")),
                e.fieldErrors());
    }
}
