package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's OpenSSL block, verbatim, on a generated evidence bundle. */
class ReadmeOpensslStepsTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeStepsMakeStockOpensslVerifyTheArtifactSignature() throws Exception {
        assumeTrue(installed("openssl") && installed("jq") && installed("base64"), "openssl, jq or base64 missing");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String block = readme.substring(readme.indexOf("<!-- openssl-steps -->"), readme.indexOf("<!-- /openssl-steps -->"));
        String script = block.substring(block.indexOf("```sh\n") + 6, block.lastIndexOf("```"));
        Fixtures fixtures = new Fixtures(dir).write();
        Files.copy(fixtures.file("bundle.good.json"), dir.resolve("bundle.json"));

        Process p = new ProcessBuilder("sh", "-e", "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Signature Verified Successfully"), output);
    }

    private static boolean installed(String tool) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("sh", "-c", "command -v " + tool)).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
