package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyLogTest {
    @TempDir
    static Path dir;
    static Fixtures fixtures;

    @BeforeAll
    static void writeFixtures() throws IOException {
        fixtures = new Fixtures(dir).write();
    }

    private static CliRun log(String oldCheckpoint, String newCheckpoint, String proof) {
        return CliRun.of("verify", "log", "--old", fixtures.file(oldCheckpoint).toString(),
                "--new", fixtures.file(newCheckpoint).toString(), "--proof", fixtures.file(proof).toString(),
                "--key", fixtures.file("school.pem").toString());
    }

    @Test
    void aLogThatOnlyGrewVerifies() {
        CliRun run = log("checkpoint.old.txt", "checkpoint.new.txt", "proof.json");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("PASS old checkpoint\nPASS new checkpoint\nPASS origin\nPASS sizes\nPASS consistency\nVERIFIED\n",
                run.out());
    }

    @Test
    void aRewrittenLogFailsConsistencyNamingTheOldRoot() {
        CliRun run = log("checkpoint.old.txt", "checkpoint.rewritten-log.txt", "proof.rewritten-log.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL consistency: consistency proof gives old root "), run.out());
    }

    @Test
    void checkpointsGivenInTheWrongOrderAreNamed() {
        CliRun run = log("checkpoint.new.txt", "checkpoint.old.txt", "proof.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL sizes: proof is from 3 to 7, the checkpoints are of sizes 7 and 3"), run.out());
    }

    @Test
    void aMalformedProofIsExitTwo() {
        CliRun run = log("checkpoint.old.txt", "checkpoint.new.txt", "proof.malformed.json");
        assertEquals(2, run.exit(), run.toString());
        assertEquals("archive-cli: consistency proof needs integer 'from' and 'to' and a 'hashes' array\n", run.err());
    }
}
