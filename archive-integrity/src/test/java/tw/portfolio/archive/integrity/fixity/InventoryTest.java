package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.integrity.crypto.DigestAlgorithm;

class InventoryTest {
    private static final String GOOD = """
            {"id":"art-1","type":"https://ocfl.io/1.1/spec/#inventory","digestAlgorithm":"sha512",
             "head":"v2","contentDirectory":"content","fixity":{},
             "manifest":{"AB12":["v1/content/a.pdf","v2/content/a copy.pdf"],"cd34":["v2/content/\\u7c21\\u8ff0.txt"]},
             "versions":{"v1":{"created":"2026-01-01T00:00:00Z","state":{"ab12":["a.pdf"]},"n":-1.5e3,"ok":true,"x":null}}}
            """;

    private static Inventory parse(String json) throws Inventory.UnreadableException {
        return Inventory.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String reasonFor(String json) {
        return assertThrows(Inventory.UnreadableException.class, () -> parse(json)).getMessage();
    }

    @Test
    void anOcflInventoryGivesIdAlgorithmAndEveryManifestPathInDocumentOrderWithLowercaseDigests() throws Exception {
        Inventory inventory = parse(GOOD);
        assertEquals("art-1", inventory.id());
        assertEquals(DigestAlgorithm.SHA512, inventory.algorithm());
        assertEquals(List.of(new Inventory.Entry("ab12", "v1/content/a.pdf"),
                new Inventory.Entry("ab12", "v2/content/a copy.pdf"),
                new Inventory.Entry("cd34", "v2/content/簡述.txt")), inventory.manifest());
    }

    @Test
    void escapesAndWhitespaceAreReadAsJsonDefinesThem() throws Exception {
        Inventory inventory = parse(" \n{ \"id\" : \"a\\\"b\\\\c\\/d\\n\" ,\"digestAlgorithm\":\"sha256\",\"manifest\":{ } }\t");
        assertEquals("a\"b\\c/d\n", inventory.id());
        assertTrue(inventory.manifest().isEmpty());
    }

    @Test
    void malformedJsonIsUnreadableWithTheReasonNeverAnotherException() {
        assertTrue(reasonFor("").startsWith("not JSON: unexpected end"), reasonFor(""));
        assertTrue(reasonFor("{\"id\":\"a\"").startsWith("not JSON"));
        assertTrue(reasonFor("{\"id\":\"a\",}").startsWith("not JSON: expected a key"));
        assertTrue(reasonFor("{\"id\":\"a\"} x").startsWith("not JSON: trailing characters"));
        assertTrue(reasonFor("{\"id\":\"a\\q\"}").startsWith("not JSON: bad escape"));
        assertTrue(reasonFor("{\"id\":\"a\\u12\"}").startsWith("not JSON"));
        assertTrue(reasonFor("{\"id\":\"tab\there\"}").startsWith("not JSON: control character"));
        assertTrue(reasonFor("{\"n\":01}").startsWith("not JSON"));
        assertTrue(reasonFor("{\"n\":-}").startsWith("not JSON: bad number"));
        assertTrue(reasonFor("{\"n\":tru}").startsWith("not JSON: unexpected character"));
        assertTrue(reasonFor("[1 2]").startsWith("not JSON: expected ',' or ']'"));
    }

    @Test
    void duplicateKeysAreRejectedSoNoManifestEntryCanHideBehindAnother() {
        String json = "{\"id\":\"a\",\"digestAlgorithm\":\"sha256\",\"manifest\":{\"ab\":[\"v1/content/x\"],\"ab\":[]}}";
        assertTrue(reasonFor(json).startsWith("not JSON: duplicate key \"ab\""), reasonFor(json));
    }

    @Test
    void nestingBeyondTheLimitIsRejectedInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTrue(reasonFor(deep).startsWith("not JSON: nested deeper than " + InventoryJsonReader.MAX_DEPTH), reasonFor(deep));
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        bytes[7] = (byte) 0xC3;
        assertThrows(Inventory.UnreadableException.class, () -> Inventory.parse(bytes));
    }

    @Test
    void aWellFormedDocumentThatIsNoInventorySaysWhatIsMissingOrWrong() {
        assertEquals("lacks id, digestAlgorithm or manifest", reasonFor("[]"));
        assertEquals("lacks id, digestAlgorithm or manifest", reasonFor("{\"id\":1,\"digestAlgorithm\":\"sha256\",\"manifest\":{}}"));
        assertEquals("unsupported digest algorithm blake2b-512",
                reasonFor("{\"id\":\"a\",\"digestAlgorithm\":\"blake2b-512\",\"manifest\":{}}"));
        assertEquals("manifest entry ab is not a list of paths",
                reasonFor("{\"id\":\"a\",\"digestAlgorithm\":\"sha256\",\"manifest\":{\"AB\":\"v1/content/x\"}}"));
        assertEquals("manifest entry ab holds a path that is not a string",
                reasonFor("{\"id\":\"a\",\"digestAlgorithm\":\"sha256\",\"manifest\":{\"ab\":[7]}}"));
    }
}
