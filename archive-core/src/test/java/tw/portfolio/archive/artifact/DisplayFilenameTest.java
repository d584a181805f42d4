package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayFilenameTest {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource(delimiter = '|', value = {
        "report.pdf|report.pdf",
        "學習成果報告.pdf|學習成果報告.pdf",
        "/etc/passwd|passwd",
        "../../etc/passwd|passwd",
        "C:\\Users\\student\\報告.pdf|報告.pdf",
        "..\\..\\windows\\system32\\evil.pdf|evil.pdf",
        "a/b\\c/d.pdf|d.pdf",
        "dir\\sub/x.png|x.png",
        "\\\\server\\share\\x.pdf|x.pdf"
    })
    void onlyTheLastPathSegmentOfEitherSlashKindIsKept(String raw, String expected) {
        assertEquals(expected, DisplayFilename.clean(raw, "pdf"));
    }

    @Test
    void controlCharactersAreRemoved() {
        assertEquals("report.pdf", DisplayFilename.clean("re\u0000po\nr\rt\t\u001b\u007f\u0085.pdf", "pdf"));
    }

    @Test
    void aNewlineCannotSmuggleAHeaderIntoTheName() {
        String cleaned = DisplayFilename.clean("a.pdf\r\nContent-Type: text/html", "pdf");
        assertFalse(cleaned.contains("\r") || cleaned.contains("\n"));
    }

    @Test
    void bidiOverridesAndOtherFormatCharactersAreRemoved() {
        assertEquals("invoicefdp.exe", DisplayFilename.clean("invoice\u202Efdp.exe", "pdf"));
        assertEquals("ab.pdf", DisplayFilename.clean("a\u200Bb\u2066\u2069\uFEFF.pdf", "pdf"));
        assertEquals("ab.pdf", DisplayFilename.clean("a\u200E\u200F\u202A\u202B\u202C\u202Db.pdf", "pdf"));
    }

    @Test
    void windowsReservedPunctuationIsRemoved() {
        assertEquals("abcdefg.pdf", DisplayFilename.clean("a:b*c?d\"e<f>g|.pdf", "pdf"));
    }

    @ParameterizedTest(name = "\"{0}\" shows as {1}")
    @CsvSource(delimiter = '|', value = {
        ".htaccess|htaccess",
        "...report.pdf|report.pdf",
        "  .hidden.png  |hidden.png",
        "dir/.profile|profile"
    })
    void leadingDotsAreDropped(String raw, String expected) {
        assertEquals(expected, DisplayFilename.clean(raw, "pdf"));
    }

    @ParameterizedTest(name = "\"{0}\" falls back to file.pdf")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ".", "..", "...", "/", "a/", "..\\", "\u202E", "\u0000\u0001", ":*?", " . "})
    void nothingUsableLeftFallsBackToAGenericNameWithTheSniffedExtension(String raw) {
        assertEquals("file.pdf", DisplayFilename.clean(raw, "pdf"));
    }

    @Test
    void theFallbackHasNoExtensionWhenNoneIsKnown() {
        assertEquals("file", DisplayFilename.clean("", null));
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertEquals("my report.pdf", DisplayFilename.clean("  my report.pdf \u3000", "pdf"));
    }

    @Test
    void aThreeHundredCharacterChineseNameIsCutTo200CodePointsKeepingItsExtension() {
        String cleaned = DisplayFilename.clean("學".repeat(300) + ".pdf", "pdf");
        assertEquals(DisplayFilename.MAX_CODE_POINTS, cleaned.codePointCount(0, cleaned.length()));
        assertEquals("學".repeat(196) + ".pdf", cleaned);
    }

    @Test
    void aNameOfExactly200CodePointsIsKeptWhole() {
        String raw = "報".repeat(196) + ".pdf";
        assertEquals(raw, DisplayFilename.clean(raw, "pdf"));
        String longer = "報".repeat(197) + ".pdf";
        assertEquals(raw, DisplayFilename.clean(longer, "pdf"));
    }

    @Test
    void aLongNameWithoutExtensionGetsTheSniffedOneWhenCut() {
        String cleaned = DisplayFilename.clean("x".repeat(300), "png");
        assertEquals("x".repeat(196) + ".png", cleaned);
    }

    @Test
    void surrogatePairsAreNeverSplitWhenCutting() {
        String supplementary = new String(Character.toChars(0x20BB7));
        String cleaned = DisplayFilename.clean(supplementary.repeat(300) + ".mp4", "mp4");
        assertEquals(DisplayFilename.MAX_CODE_POINTS, cleaned.codePointCount(0, cleaned.length()));
        assertEquals(supplementary.repeat(196) + ".mp4", cleaned);
        assertNoLoneSurrogate(cleaned);
    }

    @Test
    void surrogatePairsAreNeverSplitWhateverTheCutPosition() {
        String emoji = new String(Character.toChars(0x1F4DA));
        for (int lead = 0; lead < 4; lead++) {
            String cleaned = DisplayFilename.clean("a".repeat(lead) + emoji.repeat(250), "pdf");
            assertEquals(DisplayFilename.MAX_CODE_POINTS, cleaned.codePointCount(0, cleaned.length()));
            assertTrue(cleaned.endsWith(".pdf"));
            assertNoLoneSurrogate(cleaned);
        }
    }

    @Test
    void loneSurrogatesInTheInputAreRemoved() {
        assertEquals("ab.pdf", DisplayFilename.clean("a\uD800b\uDC00.pdf", "pdf"));
    }

    @Test
    void unassignedCodePointsAreRemoved() {
        assertEquals("ab.pdf", DisplayFilename.clean("a\u0378b.pdf", "pdf"));
    }

    @Test
    void decomposedNamesAreNormalisedToNfc() {
        String decomposed = "cafe\u0301.pdf";
        String cleaned = DisplayFilename.clean(decomposed, "pdf");
        assertEquals("caf\u00e9.pdf", cleaned);
        assertTrue(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC));
    }

    @Test
    void aDecomposedHangulNameBecomesItsPrecomposedForm() {
        assertEquals("\uD55C.png", DisplayFilename.clean("\u1112\u1161\u11AB.png", "png"));
    }

    @Test
    void theNameIsNeverUsableAsAPath() {
        String[] hostile = {"../../../../etc/shadow", "..\\..\\boot.ini", "/", "a/../../b", "C:evil.pdf", "~/.ssh/id_rsa"};
        for (String raw : hostile) {
            String cleaned = DisplayFilename.clean(raw, "pdf");
            assertFalse(cleaned.contains("/") || cleaned.contains("\\") || cleaned.contains(":"), cleaned);
            assertFalse(cleaned.startsWith("."), cleaned);
            assertFalse(cleaned.isBlank(), raw);
        }
    }

    private static void assertNoLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "split pair at " + i);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
            }
        }
    }
}
