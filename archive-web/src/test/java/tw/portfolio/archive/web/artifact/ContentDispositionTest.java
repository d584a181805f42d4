package tw.portfolio.archive.web.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDispositionTest {
    private static final Pattern SHAPE =
            Pattern.compile("^attachment; filename=\"([\\x20-\\x7E]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]*)$");

    @Test
    void aChineseNameGetsAnAsciiFallbackAndTheExactRfc5987Encoding() {
        assertEquals("attachment; filename=\"______.pdf\"; "
                + "filename*=UTF-8''%E5%AD%B8%E7%BF%92%E6%88%90%E6%9E%9C%E5%A0%B1%E5%91%8A.pdf",
                ContentDisposition.attachment("學習成果報告.pdf"));
    }

    @Test
    void aPlainAsciiNameIsTheSameInBothParameters() {
        assertEquals("attachment; filename=\"report-2026_v1.pdf\"; filename*=UTF-8''report-2026_v1.pdf",
                ContentDisposition.attachment("report-2026_v1.pdf"));
    }

    @Test
    void spacesApostrophesAndParenthesesArePercentEncodedInFilenameStar() {
        assertEquals("attachment; filename=\"my report (final)'s.pdf\"; "
                + "filename*=UTF-8''my%20report%20%28final%29%27s.pdf",
                ContentDisposition.attachment("my report (final)'s.pdf"));
    }

    @Test
    void quotesBackslashesAndPercentSignsCannotBreakTheQuotedFallback() {
        String header = ContentDisposition.attachment("a\"b\\c%41.pdf");
        assertTrue(header.startsWith("attachment; filename=\"a_b_c_41.pdf\"; "), header);
        assertTrue(header.endsWith("filename*=UTF-8''a%22b%5Cc%2541.pdf"), header);
    }

    @Test
    void lineBreaksCannotInjectAHeader() {
        String header = ContentDisposition.attachment("x.pdf\r\nSet-Cookie: a=b");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertTrue(header.contains("filename=\"x.pdf__Set-Cookie: a=b\""), header);
        assertTrue(header.endsWith("x.pdf%0D%0ASet-Cookie%3A%20a%3Db"), header);
    }

    @ParameterizedTest(name = "\"{0}\" survives the header")
    @ValueSource(strings = {"學習成果報告.pdf", "café résumé.png", "\uD842\uDFB7\uD83D\uDCDA.mp4", "a+b&c=d;e,f.pdf",
        "~`!@#$%^&*()[]{}.jpg", "報告 第一版 (2).pdf"})
    void everyNameDecodesBackExactlyFromFilenameStar(String name) {
        Matcher m = SHAPE.matcher(ContentDisposition.attachment(name));
        assertTrue(m.matches(), name);
        assertEquals(name, percentDecodeUtf8(m.group(2)));
        assertEquals(name.length(), m.group(1).length(), "one fallback character per UTF-16 unit");
    }

    private static String percentDecodeUtf8(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
