package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', value = {
        "../x|x",
        "..\\..\\windows\\evil.pdf|evil.pdf",
        "a/b/../c.pdf|c.pdf",
        "/etc/passwd|passwd",
        "..|file",
        ".|file",
        "...hidden.pdf|hidden.pdf",
        "report.pdf. . |report.pdf",
        "CON.pdf|_CON.pdf",
        "nul|_nul",
        "a:b*c?.pdf|a_b_c_.pdf",
        "報告 第一版.pdf|報告 第一版.pdf"
    })
    void untrustedNamesBecomeOneSafeSegment(String raw, String expected) {
        assertEquals(expected, SafeNames.segment(raw, "file"));
    }

    @Test
    void controlCharactersAndBidiOverridesAreReplaced() {
        assertEquals("a_b_c.pdf", SafeNames.segment("a\nb\u202Ec.pdf", "file"));
    }

    @Test
    void longNamesAreCappedButKeepTheirExtension() {
        String name = SafeNames.segment("長".repeat(300) + ".pdf", "file");
        assertEquals(120, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void duplicateNamesInOneFolderGetNumberedIgnoringCase() {
        SafeNames.Scope scope = new SafeNames.Scope();
        assertEquals("a.pdf", scope.claim("a.pdf"));
        assertEquals("A-2.pdf", scope.claim("A.pdf"));
        assertEquals("a-3.pdf", scope.claim("a.pdf"));
        assertEquals("README", scope.claim("README"));
        assertEquals("readme-2", scope.claim("readme"));
    }
}
