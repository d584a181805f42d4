package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.fixity.OcflFixtures;

/** The packaged jar, run as an auditor runs it: {@code java -jar archive-cli.jar ...}, nothing else on the class path. */
class ArchiveCliJarIT {
    private static final Path JAR = Path.of("target", "archive-cli.jar");

    @TempDir
    static Path dir;
    static Fixtures fixtures;

    @BeforeAll
    static void writeFixtures() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "package the module first: " + JAR.toAbsolutePath());
        fixtures = new Fixtures(dir).write();
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the verifier did not finish");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarVerifiesAGoodBundleAndRejectsABadSignature() throws Exception {
        String key = "--key=" + fixtures.file("school.pem");
        Result good = java("verify", "evidence", fixtures.file("bundle.good.json").toString(), key,
                "--file=" + fixtures.file("artifact.pdf"));
        assertEquals(0, good.exit(), good.toString());
        assertTrue(good.out().endsWith("VERIFIED\n"), good.out());
        Result bad = java("verify", "evidence", fixtures.file("bundle.bad-signature.json").toString(), key);
        assertEquals(1, bad.exit(), bad.toString());
        Result malformed = java("verify", "evidence", fixtures.file("bundle.malformed.json").toString(), key);
        assertEquals(2, malformed.exit(), malformed.toString());
        assertEquals(1, malformed.err().strip().lines().count(), malformed.err());
    }

    @Test
    void theJarChecksLogGrowthAndAStore() throws Exception {
        Result log = java("verify", "log", "--old", fixtures.file("checkpoint.old.txt").toString(),
                "--new", fixtures.file("checkpoint.new.txt").toString(), "--proof", fixtures.file("proof.json").toString(),
                "--key", fixtures.file("school.pem").toString());
        assertEquals(0, log.exit(), log.toString());
        Path root = OcflFixtures.repository(dir.resolve("replica-bitflip"), 2);
        Path file = OcflFixtures.objectRoot(root, "art-0").resolve("v1/content/outcome.pdf");
        byte[] bytes = Files.readAllBytes(file);
        bytes[1] ^= 4;
        Files.write(file, bytes);
        Result store = java("verify", "store", dir.resolve("replica-bitflip").toString());
        assertEquals(1, store.exit(), store.toString());
        assertTrue(store.out().startsWith("FAIL CONTENT_MISMATCH art-0 v1/content/outcome.pdf"), store.out());
    }
}
