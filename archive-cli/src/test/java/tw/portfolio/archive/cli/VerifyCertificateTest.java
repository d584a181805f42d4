package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.destruction.CertificateFixture;

class VerifyCertificateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void writeKey() throws IOException {
        Files.writeString(dir.resolve("school.pem"), CertificateFixture.KEY.publicKey().toPem());
    }

    private CliRun certificate(String name, byte[] document) throws IOException {
        Files.write(dir.resolve(name), document);
        return CliRun.of("verify", "certificate", dir.resolve(name).toString(), "--key", dir.resolve("school.pem").toString());
    }

    @Test
    void aCertificateAsTheArchiveIssuesItVerifies() throws IOException {
        CliRun run = certificate("certificate.json", CertificateFixture.document());
        assertEquals(0, run.exit(), run.toString());
        assertEquals("PASS statement\nPASS contents\nPASS signature\nPASS leaf\nPASS checkpoint\nPASS inclusion\nVERIFIED\n",
                run.out());
    }

    @Test
    void aChangedByteInTheStatementExitsOne() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(CertificateFixture.document());
        byte[] statement = Base64.getDecoder().decode(doc.get("statement").textValue());
        String text = new String(statement, StandardCharsets.UTF_8).replace("stu-7f3a", "stu-7f3b");
        doc.put("statement", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        CliRun run = certificate("certificate.statement-changed.json", JSON.writeValueAsBytes(doc));
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL signature: signature does not match the signed bytes under key "), run.out());
        assertTrue(run.out().endsWith("NOT VERIFIED\n"), run.out());
    }

    @Test
    void aChangedItemExitsOne() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(CertificateFixture.document());
        ((ObjectNode) ((ArrayNode) doc.get("items")).get(1)).put("size", 1234568);
        CliRun run = certificate("certificate.item-changed.json", JSON.writeValueAsBytes(doc));
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL contents: items differs from the signed statement's"), run.out());
    }

    @Test
    void garbageExitsTwoNamingTheFile() throws IOException {
        CliRun run = certificate("garbage.json", "\u0000not json at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("archive-cli: destruction certificate is not JSON"), run.err());
        CliRun missing = CliRun.of("verify", "certificate", dir.resolve("absent.json").toString(), "--key",
                dir.resolve("school.pem").toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("absent.json: no such file"), missing.err());
    }
}
