package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import tw.portfolio.archive.integrity.crypto.Sha256;

class StoreVerifierTest {
    /** SHA-512 of bytes, for comparing with a sha512 inventory. */
    private static final class DigestAlgorithmOf {
        static byte[] sha512(byte[] bytes) {
            return tw.portfolio.archive.integrity.crypto.DigestAlgorithm.SHA512.newDigest().digest(bytes);
        }
    }

    @TempDir
    Path dataDir;

    private FixityReport audit(Path dir, FixityOptions options, List<FixityProgress> progress) {
        return StoreVerifier.with(options).verify(dir, progress::add);
    }

    @Test
    void anIntactRepositoryPassesWithEveryFileAndByteCounted() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 3);
        List<FixityProgress> progress = new ArrayList<>();
        FixityReport report = audit(dataDir, FixityOptions.defaults().withThreads(2), progress);
        assertTrue(report.passed(), report.failures().toString());
        assertTrue(report.complete());
        assertEquals(3, report.objectsChecked());
        assertEquals(6, report.filesChecked());
        long expectedBytes;
        try (var files = Files.walk(root)) {
            expectedBytes = files.filter(p -> p.toString().contains("/content/")).filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length()).sum();
        }
        assertEquals(expectedBytes, report.bytesChecked());
        assertEquals(List.of("art-0", "art-1", "art-2"), progress.stream().map(FixityProgress::cursor).toList());
        assertEquals("art-2", report.cursor());
    }

    @Test
    void aFlippedByteIsNamedWithObjectPathExpectedAndActualDigest() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 3);
        Path file = OcflFixtures.objectRoot(root, "art-1").resolve("v1/content/outcome.pdf");
        String expected = Sha256.hexOf(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[3] ^= 0x01;
        Files.write(file, bytes);

        FixityReport report = audit(root, FixityOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(new FixityFailure("art-1", "v1/content/outcome.pdf", expected, Sha256.hexOf(file),
                FailureKind.CONTENT_MISMATCH)), report.failures());
    }

    @Test
    void aDeletedFileIsNamedAsMissing() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 2);
        Path file = OcflFixtures.objectRoot(root, "art-0").resolve("v1/content/description.txt");
        String expected = Sha256.hexOf(file);
        Files.delete(file);

        FixityReport report = audit(dataDir, FixityOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(new FixityFailure("art-0", "v1/content/description.txt", expected, "missing",
                FailureKind.CONTENT_MISSING)), report.failures());
    }

    @Test
    void anEditedInventoryDisagreesWithItsSidecarDigest() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 2);
        Path inventory = OcflFixtures.objectRoot(root, "art-1").resolve("inventory.json");
        String sidecar = Files.readString(inventory.resolveSibling("inventory.json.sha256")).split("\\s+")[0];
        Files.writeString(inventory, Files.readString(inventory).replace("\"ingest\"", "\"ingest (edited)\""));

        FixityReport report = audit(root, FixityOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(new FixityFailure("art-1", "inventory.json", sidecar, Sha256.hexOf(inventory),
                FailureKind.INVENTORY_SIDECAR_MISMATCH)), report.failures());
    }

    @Test
    void anEditedVersionInventoryCopyAndAPlantedFileAreEachNamed() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 1);
        Path object = OcflFixtures.objectRoot(root, "art-0");
        Path copy = object.resolve("v1/inventory.json");
        String sidecar = Files.readString(object.resolve("v1/inventory.json.sha256")).split("\\s+")[0];
        Files.writeString(copy, Files.readString(copy).replace("ingest", "INGEST"));
        Files.writeString(object.resolve("v1/content/planted.pdf"), "not archived");

        FixityReport report = audit(root, FixityOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(
                new FixityFailure("art-0", "v1/inventory.json", sidecar, Sha256.hexOf(copy),
                        FailureKind.INVENTORY_SIDECAR_MISMATCH),
                new FixityFailure("art-0", "v1/content/planted.pdf", "absent (not in the manifest)", "present, 12 bytes",
                        FailureKind.CONTENT_UNLISTED)), report.failures());
    }

    @Test
    void resumingAfterACursorChecksOnlyTheObjectsAfterIt() throws IOException {
        OcflFixtures.repository(dataDir, 4);
        List<FixityProgress> progress = new ArrayList<>();
        FixityReport report = audit(dataDir, FixityOptions.defaults().resumingAfter("art-1"), progress);
        assertEquals(2, report.objectsChecked());
        assertEquals(List.of("art-2", "art-3"), progress.stream().map(FixityProgress::cursor).toList());
    }

    @Test
    void aThroughputBudgetStillChecksEverything() throws IOException {
        OcflFixtures.repository(dataDir, 2);
        FixityReport report = audit(dataDir, FixityOptions.defaults().withMegabytesPerSecond(50), new ArrayList<>());
        assertTrue(report.passed());
        assertEquals(4, report.filesChecked());
    }

    @Test
    void aDirectoryWithoutAnOcflRootIsInvalidInput() throws IOException {
        Files.createDirectories(dataDir.resolve("empty"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> audit(dataDir.resolve("empty"), FixityOptions.defaults(), new ArrayList<>()));
        assertTrue(e.getMessage().contains("is neither an OCFL storage root"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void sha512InventoriesAreCheckedWithSha512() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 2, io.ocfl.api.DigestAlgorithmRegistry.sha512);
        Path object = OcflFixtures.objectRoot(root, "art-1");
        assertTrue(Files.isRegularFile(object.resolve("inventory.json.sha512")));
        assertTrue(audit(root, FixityOptions.defaults(), new ArrayList<>()).passed());

        Path file = object.resolve("v1/content/outcome.pdf");
        Files.writeString(file, "replaced");
        FixityReport report = audit(root, FixityOptions.defaults(), new ArrayList<>());
        FixityFailure failure = report.failures().get(0);
        assertEquals(FailureKind.CONTENT_MISMATCH, failure.kind());
        assertEquals(128, failure.expected().length());
        assertEquals(tw.portfolio.archive.integrity.crypto.Hex.encode(DigestAlgorithmOf.sha512(Files.readAllBytes(file))),
                failure.actual());
    }

    @Test
    void aMalformedInventoryIsNamedAndEveryOtherObjectIsStillChecked() throws IOException {
        Path root = OcflFixtures.repository(dataDir, 3);
        Path object = OcflFixtures.objectRoot(root, "art-1");
        Files.writeString(object.resolve("inventory.json"), "{\"id\": \"art-1\", \"manifest\": [");
        String id = root.relativize(object).toString();

        FixityReport report = audit(root, FixityOptions.defaults(), new ArrayList<>());

        assertEquals(List.of(new FixityFailure(id, "inventory.json", "an OCFL inventory",
                "not JSON: unexpected end at offset 29", FailureKind.INVENTORY_UNREADABLE)), report.failures());
        assertEquals(3, report.objectsChecked());
        assertEquals(4, report.filesChecked());
    }

    @Test
    void manyObjectsOnFewerThreadsAreReportedOnceEachInIdOrder() throws IOException {
        OcflFixtures.repository(dataDir, 30);
        List<FixityProgress> progress = new ArrayList<>();
        FixityReport report = audit(dataDir, FixityOptions.defaults().withThreads(3), progress);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add("art-" + i);
        }
        ids.sort(null);
        assertEquals(ids, progress.stream().map(FixityProgress::cursor).toList());
        assertEquals(30, progress.get(29).objectsDone());
        assertEquals(60, report.filesChecked());
        assertTrue(report.passed());
    }

    @Test
    void interruptingTheCallerStopsAfterTheObjectBeingReportedWithACursorToResumeFrom() throws IOException {
        OcflFixtures.repository(dataDir, 6);
        List<FixityProgress> progress = new ArrayList<>();
        FixityReport report = StoreVerifier.with(FixityOptions.defaults().withThreads(2)).verify(dataDir, p -> {
            progress.add(p);
            if (p.objectsDone() == 2) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertFalse(report.complete());
        assertEquals(2, report.objectsChecked());
        assertEquals("art-1", report.cursor());

        FixityReport rest = audit(dataDir, FixityOptions.defaults().resumingAfter(report.cursor()), new ArrayList<>());
        assertEquals(4, rest.objectsChecked());
        assertTrue(rest.complete());
    }
}
