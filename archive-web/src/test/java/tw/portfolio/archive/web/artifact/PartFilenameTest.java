package tw.portfolio.archive.web.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartFilenameTest {

    private static String asTheParserReadsIt(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} is restored")
    @ValueSource(strings = {"學習成果報告.pdf", "café.png", "\uD842\uDFB7\uD83D\uDCDA.mp4", "報告 第一版 (2).pdf", "Ω.jpg"})
    void utf8BytesReadAsIso88591AreRestored(String typed) {
        String mangled = asTheParserReadsIt(typed);
        assertEquals(typed, PartFilename.decode(mangled));
    }

    @Test
    void anAsciiNameIsReturnedUnchanged() {
        String ascii = "report-2026 (final).pdf";
        assertSame(ascii, PartFilename.decode(ascii));
    }

    @ParameterizedTest(name = "\"{0}\" is kept as it came")
    @ValueSource(strings = {"caf\u00e9.pdf", "\u00ff\u00fe.png", "a\u00c3.pdf", "\u00e5\u00ad.pdf", "\u00c0\u00af.pdf"})
    void aNameThatIsNotValidUtf8IsKept(String latin1) {
        assertEquals(latin1, PartFilename.decode(latin1));
    }

    @Test
    void aNameAlreadyDecodedByTheParserIsKept() {
        assertSame("學習成果報告.pdf", PartFilename.decode("學習成果報告.pdf"));
    }

    @Test
    void noNameStaysNoName() {
        assertNull(PartFilename.decode(null));
    }
}
