package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;

class ReceiptStatementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void canonicalBytesMatchTheExpectedStatementFile() throws IOException {
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/receipt/statement-expected.json")) {
            expected = in.readAllBytes();
        }
        assertEquals(new String(expected, StandardCharsets.UTF_8).strip(),
                ReceiptStatement.of(ReceiptFixtures.request()).json());
    }

    @Test
    void theSameSubmissionInAnotherItemOrderGivesTheSameBytes() {
        List<SubmittedItem> reversed = new ArrayList<>(ReceiptFixtures.items());
        Collections.reverse(reversed);
        assertArrayEquals(ReceiptStatement.of(ReceiptFixtures.request()).canonicalBytes(),
                ReceiptStatement.of(ReceiptFixtures.request(reversed)).canonicalBytes());
    }

    @Test
    void aDifferentDigestGivesDifferentBytes() {
        List<SubmittedItem> changed = new ArrayList<>(ReceiptFixtures.items());
        changed.set(0, ReceiptFixtures.outcome("outcome-2", "光的折射實驗報告",
                ReceiptFixtures.file("折射報告.pdf", "application/pdf", "%PDF-1.7 refraction, edited")));
        assertNotEquals(ReceiptStatement.of(ReceiptFixtures.request()).sha256(),
                ReceiptStatement.of(ReceiptFixtures.request(changed)).sha256());
    }

    @Test
    void statementListsItemsFilesAndDigestsButNotTheStudentsName() throws IOException {
        ReceiptStatement statement = ReceiptStatement.of(ReceiptFixtures.request());
        assertFalse(statement.json().contains(ReceiptFixtures.STUDENT_NAME));
        JsonNode root = JSON.readTree(statement.canonicalBytes());
        assertEquals(115, root.get("academicYear").asInt());
        assertEquals("2026-11-28T08:00:00Z", root.get("issuedAt").asText());
        assertEquals(3, root.get("items").size());
        JsonNode first = root.get("items").get(0);
        assertEquals("outcome-1", first.get("itemId").asText());
        assertEquals("COURSE_OUTCOME", first.get("kind").asText());
        JsonNode chart = first.get("files").get(1);
        assertEquals("資料.png", chart.get("filename").asText());
        assertEquals("data/items/outcome-1/資料.png", chart.get("bagPath").asText());
        assertEquals(ReceiptFixtures.sha256("png chart bytes".getBytes(StandardCharsets.UTF_8)), chart.get("sha256").asText());
        assertEquals("DIVERSE_PERFORMANCE", root.get("items").get(2).get("kind").asText());
    }

    @Test
    void controlCharactersInTextAreEscapedSoTheJsonStaysOneLine() throws IOException {
        SubmittedItem item = SubmittedItem.of("x", ItemKind.DIVERSE_PERFORMANCE, "第一行\n第二行\t\"引號\"\\", null, "其他",
                List.of());
        ReceiptStatement statement = ReceiptStatement.of(ReceiptFixtures.request(List.of(item)));
        assertFalse(statement.json().contains("\n"));
        assertTrue(statement.json().contains("\"title\":\"第一行\\n第二行\\t\\\"引號\\\"\\\\\""), statement.json());
        assertEquals("第一行\n第二行\t\"引號\"\\", JSON.readTree(statement.json()).get("items").get(0).get("title").asText());
    }

    @Test
    void signedWrapperCarriesKeyIdAndASignatureThatVerifiesOverTheCanonicalStatement() throws Exception {
        ReceiptFixtures.TestSigner signer = new ReceiptFixtures.TestSigner();
        ReceiptStatement statement = ReceiptStatement.of(ReceiptFixtures.request());
        SignedReceipt receipt = SignedReceipt.sign(statement, signer);

        JsonNode wrapper = JSON.readTree(receipt.json());
        assertEquals("school-2026-01", wrapper.get("signature").get("keyId").asText());
        assertEquals("Ed25519", wrapper.get("signature").get("algorithm").asText());
        byte[] signature = Base64.getDecoder().decode(wrapper.get("signature").get("value").asText());
        String embedded = JSON.writeValueAsString(wrapper.get("statement"));
        assertEquals(statement.json(), embedded, "the embedded statement is already canonical");
        assertTrue(signer.verifies(embedded.getBytes(StandardCharsets.UTF_8), signature));

        byte[] tampered = statement.json().replace("\"academicYear\":115", "\"academicYear\":114")
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(signer.verifies(tampered, signature));
    }

    @Test
    void theStatementAndItsSignedWrapperAreTheirOwnRfc8785Form() {
        ReceiptStatement statement = ReceiptStatement.of(ReceiptFixtures.request());
        byte[] wrapper = SignedReceipt.sign(statement, new ReceiptFixtures.TestSigner()).json();
        assertArrayEquals(statement.canonicalBytes(), CanonicalJson.canonicalize("statement", statement.canonicalBytes()));
        assertArrayEquals(wrapper, CanonicalJson.canonicalize("wrapper", wrapper));
    }

    @Test
    void aSignerThatReturnsNothingIsRefused() {
        ReceiptStatement statement = ReceiptStatement.of(ReceiptFixtures.request());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SignedReceipt.sign(statement, m -> null));
        assertEquals("the receipt signer returned no signature", e.getMessage());
    }
}
