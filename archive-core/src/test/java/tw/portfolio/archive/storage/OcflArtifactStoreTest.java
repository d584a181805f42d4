package tw.portfolio.archive.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.ValidationResults;
import io.ocfl.core.OcflRepositoryBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.storage.ArtifactStore.StoredObject;

class OcflArtifactStoreTest {
    private static final String OBJECT_ID = "artifact-6f1c2d3e-0a4b-4c5d-8e9f-102132435465";
    private static final byte[] METADATA =
            "{\"id\":\"6f1c2d3e\",\"filename\":\"學習成果報告.pdf\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path base;

    @Test
    void whatIsStoredOpensAsTheSameBytes() throws Exception {
        byte[] content = pdfBytes(50_000);
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, content);
            try (InputStream in = store.open(OBJECT_ID, "content.pdf")) {
                assertArrayEquals(content, in.readAllBytes());
            }
            assertTrue(store.contains(OBJECT_ID));
        }
    }

    @Test
    void theRootDeclaresOcfl11AndTheHashedNTupleLayout() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            Path root = store.root();
            assertEquals(base.resolve("ocfl"), root);
            assertEquals("ocfl_1.1\n", Files.readString(root.resolve("0=ocfl_1.1")));
            assertTrue(Files.readString(root.resolve("ocfl_layout.json")).contains("0003-hash-and-id-n-tuple-storage-layout"));
            assertEquals(root.toString(), store.describeRoot());
        }
    }

    @Test
    void theInventoryListsTheContentFileUnderTheSha256Given() throws Exception {
        byte[] content = pdfBytes(1_000);
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, content);
            Path objectRoot = store.root().resolve(store.objectPath(OBJECT_ID));
            assertTrue(Files.exists(objectRoot.resolve("0=ocfl_object_1.1")));
            String raw = Files.readString(objectRoot.resolve("inventory.json"));
            assertTrue(raw.matches("(?s).*\"message\"\\s*:\\s*\"upload by student1\".*"), raw);
            String inventory = raw.replaceAll("\\s", "");
            assertTrue(inventory.contains("\"digestAlgorithm\":\"sha256\""), inventory);
            assertTrue(inventory.contains("\"" + sha256(content) + "\":[\"v1/content/content.pdf\"]"), inventory);
            assertTrue(inventory.contains("\"id\":\"" + OBJECT_ID + "\""), inventory);
            String sidecar = Files.readString(objectRoot.resolve("inventory.json.sha256"));
            assertEquals(sha256(Files.readAllBytes(objectRoot.resolve("inventory.json"))), sidecar.split("\\s+")[0]);
        }
    }

    @Test
    void theMetadataFileTravelsInsideTheObject() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, pdfBytes(100));
            Path objectRoot = store.root().resolve(store.objectPath(OBJECT_ID));
            assertArrayEquals(METADATA, Files.readAllBytes(objectRoot.resolve("v1/content/artifact.json")));
            try (InputStream in = store.open(OBJECT_ID, "artifact.json")) {
                assertArrayEquals(METADATA, in.readAllBytes());
            }
        }
    }

    @Test
    void theContentPathReportedIsWhereTheFileSits() throws Exception {
        byte[] content = pdfBytes(2_000);
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            StoredObject stored = store(store, content);
            assertEquals(OBJECT_ID, stored.objectId());
            assertEquals(sha256(content), stored.sha256());
            assertEquals(content.length, stored.size());
            assertEquals(store.objectPath(OBJECT_ID) + "/v1/content/content.pdf", stored.contentPath());
            assertArrayEquals(content, Files.readAllBytes(store.root().resolve(stored.contentPath())));
        }
    }

    @Test
    void theStagedFileIsMovedIntoTheObjectNotCopied() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            Path staged = stage(store, pdfBytes(300));
            store.store(OBJECT_ID, staged, sha256(Files.readAllBytes(staged)), "content.pdf", METADATA, "upload");
            assertFalse(Files.exists(staged));
            assertEquals(List.of(), list(store.stagingDirectory()));
        }
    }

    @Test
    void anotherOcflToolReadsAndValidatesTheRootWithoutThisSoftware() throws Exception {
        byte[] content = pdfBytes(4_096);
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, content);
        }
        Path otherWork = Files.createDirectories(base.resolve("other-tool-work"));
        OcflRepository other = new OcflRepositoryBuilder()
                .storage(s -> s.fileSystem(base.resolve("ocfl")))
                .workDir(otherWork)
                .build();
        try {
            ValidationResults results = other.validateObject(OBJECT_ID, true);
            assertFalse(results.hasErrors(), results.toString());
            try (InputStream in = other.getObject(ObjectVersionId.head(OBJECT_ID)).getFile("content.pdf").getStream()) {
                assertArrayEquals(content, in.readAllBytes());
            }
        } finally {
            other.close();
        }
    }

    @Test
    void purgeRemovesTheObjectEntirely() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, pdfBytes(100));
            Path objectRoot = store.root().resolve(store.objectPath(OBJECT_ID));
            store.purge(OBJECT_ID);
            assertFalse(store.contains(OBJECT_ID));
            assertFalse(Files.exists(objectRoot));
            try (Stream<String> ids = store.objectIds()) {
                assertEquals(List.of(), ids.toList());
            }
        }
    }

    @Test
    void openingAMissingObjectIsNotFound() {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> store.open("no-such-object", "content.pdf"));
            assertEquals("No stored object no-such-object", e.getMessage());
            assertEquals("not-found", e.problemType());
        }
    }

    @Test
    void openingAMissingFileOfAnExistingObjectIsNotFound() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, pdfBytes(100));
            NotFoundException e = assertThrows(NotFoundException.class, () -> store.open(OBJECT_ID, "other.pdf"));
            assertEquals("Object " + OBJECT_ID + " has no file other.pdf", e.getMessage());
        }
    }

    @Test
    void openingAPurgedObjectIsNotFound() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, pdfBytes(100));
            store.purge(OBJECT_ID);
            assertThrows(NotFoundException.class, () -> store.open(OBJECT_ID, "content.pdf"));
        }
    }

    @Test
    void reopeningClearsCrashLeftoversButKeepsStoredObjects() throws Exception {
        byte[] content = pdfBytes(700);
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            store(store, content);
        }
        Path halfWritten = Files.createDirectories(base.resolve("ocfl-work/obj-123/v1/content"));
        Files.write(halfWritten.resolve("partial.pdf"), pdfBytes(10));
        Files.write(base.resolve("staging/upload-1.part"), pdfBytes(10));
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            assertEquals(List.of(), list(store.workDirectory()));
            assertEquals(List.of(), list(store.stagingDirectory()));
            assertEquals(base.resolve("staging"), store.stagingDirectory());
            try (InputStream in = store.open(OBJECT_ID, "content.pdf")) {
                assertArrayEquals(content, in.readAllBytes());
            }
        }
    }

    @Test
    void objectIdsListsEveryStoredObject() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            for (String id : List.of("a-1", "b-2", "c-3")) {
                Path staged = stage(store, pdfBytes(10));
                store.store(id, staged, sha256(Files.readAllBytes(staged)), "content.pdf", METADATA, "upload");
            }
            try (Stream<String> ids = store.objectIds()) {
                assertEquals(List.of("a-1", "b-2", "c-3"), ids.sorted().toList());
            }
        }
    }

    private static StoredObject store(OcflArtifactStore store, byte[] content) throws Exception {
        Path staged = stage(store, content);
        return store.store(OBJECT_ID, staged, sha256(content), "content.pdf", METADATA, "upload by student1");
    }

    private static Path stage(OcflArtifactStore store, byte[] content) throws IOException {
        Path staged = Files.createTempFile(store.stagingDirectory(), "upload-", ".part");
        return Files.write(staged, content);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static byte[] pdfBytes(int size) {
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[Math.max(size, header.length)];
        System.arraycopy(header, 0, b, 0, header.length);
        for (int i = header.length; i < b.length; i++) {
            b[i] = (byte) (i * 13 + size);
        }
        return b;
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
