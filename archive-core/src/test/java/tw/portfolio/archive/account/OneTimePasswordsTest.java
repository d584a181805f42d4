package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

    @Test
    void everyGeneratedPasswordHasTwentyCharactersAndKeepsEveryPasswordRule() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String p = OneTimePasswords.generate("admin");
            assertEquals(20, p.length(), p);
            assertTrue(p.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)), p);
            assertEquals(List.of(), PasswordRules.violations("admin", null, p), p);
            seen.add(p);
        }
        assertEquals(500, seen.size(), "no password twice");
    }
}
