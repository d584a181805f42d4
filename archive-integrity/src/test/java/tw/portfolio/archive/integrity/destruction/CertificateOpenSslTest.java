package tw.portfolio.archive.integrity.destruction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stock OpenSSL checks a destruction certificate's statement with the school's public key alone. */
class CertificateOpenSslTest {
    @TempDir
    Path dir;

    @Test
    void opensslVerifiesTheStatementBytesAndRefusesAChangedByte() throws Exception {
        assumeTrue(opensslPresent(), "openssl is not installed on this machine");
        JsonNode doc = new ObjectMapper().readTree(CertificateFixture.document());
        byte[] statement = Base64.getDecoder().decode(doc.get("statement").textValue());
        Files.write(dir.resolve("statement.bin"), statement);
        Files.write(dir.resolve("sig.bin"), Base64.getDecoder().decode(doc.get("signature").get("value").textValue()));
        Files.writeString(dir.resolve("school.pem"), CertificateFixture.KEY.publicKey().toPem());

        String ok = openssl("statement.bin", 0);
        assertTrue(ok.contains("Signature Verified Successfully"), ok);

        statement[statement.length / 2] ^= 1;
        Files.write(dir.resolve("tampered.bin"), statement);
        String bad = openssl("tampered.bin", 1);
        assertTrue(bad.contains("Signature Verification Failure"), bad);
    }

    private String openssl(String in, int expectedExit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "school.pem",
                "-rawin", "-in", in, "-sigfile", "sig.bin")).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        if (expectedExit == 0) {
            assertEquals(0, p.exitValue(), output);
        } else {
            assertNotEquals(0, p.exitValue(), output);
        }
        return output;
    }

    private static boolean opensslPresent() {
        try {
            Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
