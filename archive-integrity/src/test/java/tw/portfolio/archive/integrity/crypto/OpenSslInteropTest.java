package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** The README's steps: stock OpenSSL verifies an artifact statement signed by the school key. */
class OpenSslInteropTest {
    @TempDir
    Path dir;

    @Test
    void stockOpensslVerifiesTheSignedStatementWithTheSchoolPublicKey() throws Exception {
        assumeTrue(opensslPresent(), "openssl is not installed on this machine");
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), "s3cret".toCharArray());
        SigningKey key = ring.activeKey();
        ArtifactStatement statement = ArtifactStatementTest.sample();
        statement = new ArtifactStatement(statement.artifactId(), statement.studentPseudonym(), statement.sha256(),
                statement.size(), statement.mediaType(), statement.ingestedAt(), statement.ingestedByRole(), key.keyId());
        Files.write(dir.resolve("statement.bin"), statement.toBytes());
        Files.write(dir.resolve("sig.bin"), ring.sign(statement.toBytes()).value());
        Files.writeString(dir.resolve("key.pem"), ring.keys().get(0).publicKeyPem());

        Result ok = openssl("statement.bin");
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().contains("Signature Verified Successfully"), ok.output());

        byte[] tampered = statement.toBytes();
        tampered[tampered.length - 3] ^= 1;
        Files.write(dir.resolve("tampered.bin"), tampered);
        Result bad = openssl("tampered.bin");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.output().contains("Signature Verification Failure"), bad.output());
    }

    private record Result(int exit, String output) {
    }

    private Result openssl(String in) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "key.pem",
                "-rawin", "-in", in, "-sigfile", "sig.bin")).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), output);
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
