package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.InvalidInputException;

/** {@link StoreVerifier#verifyAll}: the single pass the offline verifier runs, judged against the id-ordered audit. */
class StoreSweepTest {
    @TempDir
    Path dataDir;

    private static FixityReport ordered(Path dir, int threads) {
        return StoreVerifier.with(FixityOptions.defaults().withThreads(threads)).verify(dir, p -> { });
    }

    private static FixityReport onePass(Path dir, int threads, List<FixityProgress> progress) {
        return StoreVerifier.with(FixityOptions.defaults().withThreads(threads)).verifyAll(dir, progress::add);
    }

    @Test
    void anIntactStoreGivesTheOrderedAuditsCountsAndEndsOnTheLastId() throws IOException {
        OcflFixtures.repository(dataDir, 30);
        List<FixityProgress> progress = new ArrayList<>();
        FixityReport report = onePass(dataDir, 3, progress);
        FixityReport expected = ordered(dataDir, 3);
        assertTrue(report.passed(), report.failures().toString());
        assertTrue(report.complete());
        assertEquals(expected.objectsChecked(), report.objectsChecked());
        assertEquals(expected.filesChecked(), report.filesChecked());
        assertEquals(expected.bytesChecked(), report.bytesChecked());
        assertEquals("art-9", report.cursor());
        FixityProgress last = progress.get(progress.size() - 1);
        assertEquals(30, last.objectsDone());
        assertEquals(30, last.objectsTotal());
        assertEquals(report.bytesChecked(), last.bytesChecked());
    }

    @Test
    void everyKindOfDamageIsNamedExactlyAsTheOrderedAuditNamesItInTheSameOrder() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 12);
        Path flipped = OcflFixtures.objectRoot(root, "art-7").resolve("v1/content/outcome.pdf");
        byte[] bytes = Files.readAllBytes(flipped);
        bytes[0] ^= 0x01;
        Files.write(flipped, bytes);
        Files.delete(OcflFixtures.objectRoot(root, "art-2").resolve("v1/content/description.txt"));
        Path edited = OcflFixtures.objectRoot(root, "art-10").resolve("inventory.json");
        Files.writeString(edited, Files.readString(edited) + " ");
        Files.writeString(OcflFixtures.objectRoot(root, "art-4").resolve("v1/content/planted.pdf"), "not archived");
        Path malformed = OcflFixtures.objectRoot(root, "art-5");
        Files.writeString(malformed.resolve("inventory.json"), "{\"id\": \"art-5\", \"manifest\": [");

        FixityReport report = onePass(root, 2, new ArrayList<>());

        assertEquals(ordered(root, 2).failures(), report.failures());
        assertEquals(5, report.failures().size(), report.failures().toString());
        assertEquals(root.relativize(malformed).toString(), report.failures().stream()
                .filter(f -> f.kind() == FailureKind.INVENTORY_UNREADABLE).findFirst().orElseThrow().objectId());
        assertEquals(12, report.objectsChecked());
    }

    @Test
    void oneThreadChecksEverythingToo() throws IOException {
        OcflFixtures.repository(dataDir, 5);
        FixityReport report = onePass(dataDir, 1, new ArrayList<>());
        assertEquals(5, report.objectsChecked());
        assertEquals(10, report.filesChecked());
        assertTrue(report.passed());
    }

    @Test
    void aStoreWithNoObjectsPassesWithNothingChecked() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 1);
        Path object = OcflFixtures.objectRoot(root, "art-0");
        try (var files = Files.walk(object)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        FixityReport report = onePass(dataDir, 2, new ArrayList<>());
        assertTrue(report.passed());
        assertTrue(report.complete());
        assertEquals(0, report.objectsChecked());
        assertNull(report.cursor());
    }

    @Test
    void aSinglePassRefusesToResumeAfterACursorAndRejectsANonStore() throws IOException {
        OcflFixtures.repository(dataDir, 1);
        StoreVerifier resuming = StoreVerifier.with(FixityOptions.defaults().resumingAfter("art-0"));
        assertThrows(IllegalArgumentException.class, () -> resuming.verifyAll(dataDir, p -> { }));
        Files.createDirectories(dataDir.resolve("empty"));
        assertThrows(InvalidInputException.class, () -> onePass(dataDir.resolve("empty"), 2, new ArrayList<>()));
    }
}
