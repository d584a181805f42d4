package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

/** {@link CanonicalJson} against the published RFC 8785 vectors (see rfc8785/README.md for their source). */
class Rfc8785VectorsTest {

    private static byte[] vector(String path) throws IOException {
        try (InputStream in = Rfc8785VectorsTest.class.getResourceAsStream("rfc8785/" + path)) {
            if (in == null) {
                throw new IOException("missing test vector rfc8785/" + path);
            }
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void eachInputCanonicalizesToThePublishedOutputByteForByte(String name) throws IOException {
        byte[] expected = vector("output/" + name + ".json");
        assertEquals(new String(expected, StandardCharsets.UTF_8),
                new String(CanonicalJson.canonicalize(name, vector("input/" + name + ".json")), StandardCharsets.UTF_8));
        assertArrayEquals(expected, CanonicalJson.canonicalize(name, vector("input/" + name + ".json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"arrays", "french", "structures", "unicode", "values", "weird"})
    void eachPublishedOutputIsItsOwnCanonicalForm(String name) throws IOException {
        byte[] output = vector("output/" + name + ".json");
        assertArrayEquals(output, CanonicalJson.canonicalize(name, output));
    }

    @Test
    void theWriterSortsMembersByUtf16CodeUnitsAsTheParserDoes() {
        // U+1F602 (a surrogate pair, D83D DE02) sorts before U+FB33 by UTF-16 code units, after it by code points.
        byte[] written = CanonicalJson.bytes(Map.of("\uFB33", 1, "\uD83D\uDE02", 2, "a", List.of("x", 3.5, true)));
        assertEquals("{\"a\":[\"x\",3.5,true],\"\uD83D\uDE02\":2,\"\uFB33\":1}", new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(written, CanonicalJson.canonicalize("w", written));
    }

    @Test
    void parseAcceptsOnlyBytesThatAreTheirOwnCanonicalForm() {
        CanonicalJson.parse("doc", "{\"a\":1,\"b\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        for (String notCanonical : List.of("{\"b\":\"x\",\"a\":1}", "{\"a\": 1}", "{\"a\":1.0}", "{\"a\":1E2}",
                "{\"a\":\"\\u0041\"}", "{\"a\":\"\\/\"}")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> CanonicalJson.parse("doc", notCanonical.getBytes(StandardCharsets.UTF_8)), notCanonical);
            assertTrue(e.getMessage().contains("RFC 8785"), e.getMessage());
        }
    }

    @Test
    void whatJcsCannotRepresentIsInvalidInputNamingWhy() {
        assertTrue(assertThrows(InvalidInputException.class, () -> CanonicalJson.canonicalize("doc",
                "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8))).getMessage().contains("not JSON"));
        assertTrue(assertThrows(InvalidInputException.class, () -> CanonicalJson.canonicalize("doc",
                "{\"a\":\"\\ud800\"}".getBytes(StandardCharsets.UTF_8))).getMessage().contains("lone surrogate"));
        assertTrue(assertThrows(InvalidInputException.class, () -> CanonicalJson.canonicalize("doc",
                "[1e400]".getBytes(StandardCharsets.UTF_8))).getMessage().contains("no JSON form"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.object().field("size", 1L << 53).toBytes());
    }
}
