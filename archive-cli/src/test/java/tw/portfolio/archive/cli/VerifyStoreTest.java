package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.fixity.OcflFixtures;

class VerifyStoreTest {
    @TempDir
    Path dir;

    @Test
    void anIntactReplicaVerifiesWithAProgressLineOnStandardError() throws IOException {
        OcflFixtures.repository(dir.resolve("replica-intact"), 3);
        CliRun run = CliRun.of("verify", "store", dir.resolve("replica-intact").toString(), "--threads", "2");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("checked 3 objects, 6 files, "), run.out());
        assertTrue(run.out().endsWith("0 failures\nVERIFIED\n"), run.out());
        assertTrue(run.err().contains("3/3 objects, 6 files"), run.err());
    }

    @Test
    void aBitflipInAReplicaIsNamedWithObjectFileAndDigests() throws IOException {
        Path root = OcflFixtures.repository(dir.resolve("replica-bitflip"), 2);
        Path file = OcflFixtures.objectRoot(root, "art-1").resolve("v1/content/outcome.pdf");
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 0x20;
        Files.write(file, bytes);
        CliRun run = CliRun.of("verify", "store", root.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().startsWith("FAIL CONTENT_MISMATCH art-1 v1/content/outcome.pdf: expected "), run.out());
        assertTrue(run.out().endsWith("1 failures\nNOT VERIFIED\n"), run.out());
    }

    @Test
    void aMissingFileAndAnEditedInventoryAreEachNamed() throws IOException {
        Path root = OcflFixtures.repository(dir.resolve("replica-damaged"), 2);
        Files.delete(OcflFixtures.objectRoot(root, "art-0").resolve("v1/content/description.txt"));
        Path inventory = OcflFixtures.objectRoot(root, "art-1").resolve("inventory.json");
        Files.writeString(inventory, Files.readString(inventory) + " ");
        CliRun run = CliRun.of("verify", "store", dir.resolve("replica-damaged").toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL CONTENT_MISSING art-0 v1/content/description.txt: expected "), run.out());
        assertTrue(run.out().contains(", actual missing"), run.out());
        assertTrue(run.out().contains("FAIL INVENTORY_SIDECAR_MISMATCH art-1 inventory.json: expected "), run.out());
    }

    @Test
    void aDirectoryThatIsNoStoreIsExitTwo() {
        CliRun run = CliRun.of("verify", "store", dir.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("is neither an OCFL storage root"), run.err());
        CliRun badThreads = CliRun.of("verify", "store", dir.toString(), "--threads", "many");
        assertEquals(2, badThreads.exit());
    }
}
