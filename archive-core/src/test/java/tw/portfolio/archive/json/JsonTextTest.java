package tw.portfolio.archive.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder();
        JsonText.quote(sb, s);
        return sb.toString();
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("\"say \\\"hi\\\" to C:\\\\dir\"", quoted("say \"hi\" to C:\\dir"));
    }

    @Test
    void namedControlCharactersUseTheirShortEscapes() {
        assertEquals("\"a\\nb\\rc\\td\\be\\ff\"", quoted("a\nb\rc\td\be\ff"));
    }

    @ParameterizedTest(name = "U+{0} is written as {1}")
    @CsvSource({"0000,\\u0000", "0001,\\u0001", "001b,\\u001b", "001f,\\u001f", "000b,\\u000b"})
    void otherControlCharactersAreUnicodeEscaped(String hex, String escaped) {
        String c = String.valueOf((char) Integer.parseInt(hex, 16));
        assertEquals("\"" + escaped + "\"", quoted(c));
    }

    @Test
    void lineAndParagraphSeparatorsPassUnchangedAsRfc8259Allows() {
        assertEquals("\"a\u2028b\u2029c\"", quoted("a\u2028b\u2029c"));
    }

    @Test
    void chineseTextAndSupplementaryCharactersPassUnchanged() {
        String text = "學習成果報告 \uD842\uDFB7 \uD83D\uDCDA";
        assertEquals("\"" + text + "\"", quoted(text));
    }

    @Test
    void deleteAndSlashNeedNoEscape() {
        assertEquals("\"a/b\u007f\"", quoted("a/b\u007f"));
    }

    @Test
    void anObjectKeepsItsKeysInOrderAndWritesEachValueKind() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "6f1c");
        fields.put("size", 4_194_304L);
        fields.put("ratio", new BigDecimal("0.25"));
        fields.put("sealed", false);
        fields.put("title", null);
        fields.put("filename", "報告\"1\".pdf");
        assertEquals("{\"id\":\"6f1c\",\"size\":4194304,\"ratio\":0.25,\"sealed\":false,\"title\":null,"
                + "\"filename\":\"報告\\\"1\\\".pdf\"}", JsonText.object(fields));
    }

    @Test
    void keysAreEscapedLikeValues() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("a\"b\n", 1);
        assertEquals("{\"a\\\"b\\n\":1}", JsonText.object(fields));
    }

    @Test
    void otherValuesAreWrittenAsTheirStringForm() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("createdAt", java.time.Instant.parse("2026-11-28T08:00:00Z"));
        assertEquals("{\"createdAt\":\"2026-11-28T08:00:00Z\"}", JsonText.object(fields));
    }

    @Test
    void anEmptyObjectIsTwoBraces() {
        assertEquals("{}", JsonText.object(Map.of()));
    }
}
