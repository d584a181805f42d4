package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.receipt.ReceiptSeal;

/**
 * {@code verify receipt}: exit 0 for a sealed receipt and its statement, 1 for a changed byte or a
 * PDF without a seal, 2 for input that is not a receipt statement. (PortfolioIT runs the jar on a
 * receipt the server issued and printed.)
 */
class VerifyReceiptTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeReceipt() throws IOException {
        SigningKey school = SigningKey.generate(new SecureRandom());
        byte[] statement = CanonicalJson.bytes(Map.of("type", "portfolio-receipt-statement", "version", 1,
                "studentId", "stu-7f3a", "academicYear", 115, "items", List.of()));
        SignatureValue sig = school.sign(statement);
        Files.write(dir.resolve("receipt.json"), CanonicalJson.bytes(Map.of(
                "statement", CanonicalJson.parse("statement", statement),
                "signature", Map.of("keyId", sig.keyId(), "algorithm", sig.algorithm(), "value", sig.valueBase64()))));
        byte[] pdf = ReceiptSeal.seal("%PDF-1.7\n% 收訖明細\n%%EOF\n".getBytes(StandardCharsets.UTF_8),
                Sha256.hexOf(statement), school::sign);
        Files.write(dir.resolve("receipt.pdf"), pdf);
        byte[] changed = pdf.clone();
        changed[9] ^= 1;
        Files.write(dir.resolve("changed.pdf"), changed);
        Files.write(dir.resolve("unsealed.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("school.pem"), school.publicKey().toPem());
        Files.writeString(dir.resolve("garbage.json"), "{\"statement\":");
    }

    private static CliRun receipt(String pdf, String statement) {
        return CliRun.of("verify", "receipt", dir.resolve(pdf).toString(), "--statement",
                dir.resolve(statement).toString(), "--key", dir.resolve("school.pem").toString());
    }

    @Test
    void aSealedReceiptWithItsStatementVerifies() {
        CliRun run = receipt("receipt.pdf", "receipt.json");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("PASS statement signature\nPASS pdf seal\nPASS pdf belongs to statement\nVERIFIED\n", run.out());
    }

    @Test
    void aChangedByteInThePdfFailsTheSeal() {
        CliRun run = receipt("changed.pdf", "receipt.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL pdf seal: signature does not match"), run.out());
    }

    @Test
    void aPdfWithoutASealFailsSayingSo() {
        CliRun run = receipt("unsealed.pdf", "receipt.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL pdf seal: the PDF carries no school seal"), run.out());
    }

    @Test
    void aStatementThatIsNotJsonIsAnInputErrorNamingTheFile() {
        CliRun run = receipt("receipt.pdf", "garbage.json");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("receipt statement file"), run.toString());
    }

    @Test
    void aMissingPdfIsAnInputError() {
        CliRun run = receipt("nowhere.pdf", "receipt.json");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("no such file"), run.toString());
    }
}
