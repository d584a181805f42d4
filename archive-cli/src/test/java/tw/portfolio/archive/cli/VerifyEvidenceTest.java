package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyEvidenceTest {
    @TempDir
    static Path dir;
    static Fixtures fixtures;

    @BeforeAll
    static void writeFixtures() throws IOException {
        fixtures = new Fixtures(dir).write();
    }

    private static CliRun evidence(String bundle, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "verify";
        args[1] = "evidence";
        args[2] = fixtures.file(bundle).toString();
        args[3] = "--key=" + fixtures.file("school.pem");
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void aGoodBundleWithTheArtifactBytesVerifiesEveryStep() {
        CliRun run = evidence("bundle.good.json", "--file", fixtures.file("artifact.pdf").toString());
        assertEquals(0, run.exit(), run.toString());
        assertEquals("PASS digest\nPASS statement\nPASS signature\nPASS leaf\nPASS checkpoint\nPASS inclusion\nVERIFIED\n",
                run.out());
    }

    @Test
    void tamperedArtifactBytesFailTheDigestNamingBothDigests() {
        CliRun run = evidence("bundle.good.json", "--file", fixtures.file("artifact.tampered.pdf").toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL digest: artifact bytes have SHA-256 "), run.out());
        assertTrue(run.out().contains("PASS signature"), run.out());
    }

    @Test
    void aBadSignatureFailsOnlyTheSignatureCheck() {
        CliRun run = evidence("bundle.bad-signature.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL signature: signature does not match the signed bytes under key "), run.out());
        assertTrue(run.out().contains("PASS inclusion"), run.out());
    }

    @Test
    void aWrongLeafFailsTheLeafAndTheInclusionChecks() {
        CliRun run = evidence("bundle.wrong-leaf.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL leaf: leaf is about [art-0, stu-7f3a], not artifact art-1"), run.out());
        assertTrue(run.out().contains("FAIL inclusion: inclusion proof leads to root "), run.out());
    }

    @Test
    void aForgedCheckpointIsNamedAndInclusionIsNotTrustedAgainstIt() {
        CliRun run = evidence("bundle.forged-checkpoint.json");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL checkpoint: checkpoint signature by 'school.example' does not verify"), run.out());
        assertTrue(run.out().contains("FAIL inclusion: not checked: the checkpoint is not trustworthy"), run.out());
    }

    @Test
    void aKeyThatDidNotSignIsNamed() {
        CliRun run = CliRun.of("verify", "evidence", fixtures.file("bundle.good.json").toString(),
                "--key", fixtures.file("stranger.pem").toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL signature: signed by key "), run.out());
        assertTrue(run.out().contains("which is not a trusted key"), run.out());
    }

    @Test
    void malformedInputIsExitTwoWithOneLineAndNoStackTrace() {
        for (String bundle : new String[] {"bundle.malformed.json", "bundle.bad-base64.json", "bundle.missing-field.json",
            "no-such-bundle.json"}) {
            CliRun run = evidence(bundle);
            assertEquals(2, run.exit(), bundle + ": " + run);
            assertEquals("", run.out(), bundle);
            assertTrue(run.err().startsWith("archive-cli: "), run.err());
            assertEquals(1, run.err().strip().lines().count(), bundle + ": " + run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        String badBase64 = evidence("bundle.bad-base64.json").err();
        assertTrue(badBase64.contains("leafData: is not base64"), badBase64);
        String missing = evidence("bundle.missing-field.json").err();
        assertTrue(missing.contains("checkpoint: is missing from the evidence bundle"), missing);
        String noIndex = evidence("bundle.missing-leaf-index.json").err();
        assertEquals("archive-cli: leafIndex: is missing from the evidence bundle\n", noIndex);
        String noFile = evidence("no-such-bundle.json").err();
        assertTrue(noFile.contains("no-such-bundle.json: no such file"), noFile);
        String truncated = evidence("bundle.malformed.json").err();
        assertTrue(truncated.startsWith("archive-cli: evidence bundle is malformed: "), truncated);
    }

    @Test
    void aMissingKeyOptionOrAGarbageKeyFileIsAUsageError() {
        CliRun noKey = CliRun.of("verify", "evidence", fixtures.file("bundle.good.json").toString());
        assertEquals(2, noKey.exit());
        assertTrue(noKey.err().contains("Missing required option: '--key=PEM'"), noKey.err());
        CliRun garbageKey = CliRun.of("verify", "evidence", fixtures.file("bundle.good.json").toString(),
                "--key", fixtures.file("artifact.pdf").toString());
        assertEquals(2, garbageKey.exit());
        assertTrue(garbageKey.err().contains("is not a PEM block"), garbageKey.err());
    }
}
