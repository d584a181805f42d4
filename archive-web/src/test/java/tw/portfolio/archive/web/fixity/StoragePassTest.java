package tw.portfolio.archive.web.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.storage.OcflArtifactStore;

/** The storage pass over a real OCFL root written by ocfl-java: segments, cursor, stop and failures. */
class StoragePassTest {
    @TempDir
    Path dataDir;
    OcflArtifactStore store;
    final List<String> ids = new ArrayList<>();
    final java.util.Map<String, byte[]> contents = new java.util.HashMap<>();

    /** Records what the pass hands over. */
    static final class Recorder implements StoragePass.Listener {
        final List<String> good = new ArrayList<>();
        final List<AuditFailure> failures = new ArrayList<>();
        StoragePass.Totals last;

        @Override
        public void progress(StoragePass.Totals totals, List<String> goodObjects) {
            last = totals;
            good.addAll(goodObjects);
        }

        @Override
        public void failures(StoragePass.Totals totals, List<String> goodObjects, List<AuditFailure> found) {
            last = totals;
            good.addAll(goodObjects);
            failures.addAll(found);
        }
    }

    @BeforeEach
    void storeFiveObjects() throws Exception {
        store = OcflArtifactStore.open(dataDir);
        for (int i = 0; i < 5; i++) {
            byte[] content = ("content " + i).getBytes();
            Path staged = Files.write(store.stagingDirectory().resolve("f" + i), content);
            String id = AuditFailure.OBJECT_PREFIX + UUID.randomUUID();
            store.store(id, staged, HexFormat.of().formatHex(Sha256.of(content)), "content.pdf", "{}".getBytes(), "t");
            ids.add(id);
            contents.put(id, content);
        }
        ids.sort(null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoragePass pass(Duration flushEvery) {
        return new StoragePass(2, 0, flushEvery, Clock.systemUTC());
    }

    /** A pass held to 2 MB/s: each 1 MB read chunk waits half a second, so a stop is seen mid-store. */
    private StoragePass slowPass() {
        return new StoragePass(2, 2_000_000, Duration.ofHours(1), Clock.systemUTC());
    }

    @Test
    void aPassResumedFromItsCursorChecksOnlyTheObjectsAfterIt() {
        Recorder r = new Recorder();
        assertTrue(pass(Duration.ofHours(1)).run(dataDir, StoragePass.Totals.start(ids.get(1), 2, 4, 40), r, () -> false));
        assertEquals(ids.subList(2, 5), r.good);
        assertEquals(5, r.last.objects());
        assertEquals(4 + 3 * 2, r.last.files(), "each object holds its content file and artifact.json");
        assertEquals(ids.get(4), r.last.cursor());
        assertEquals(List.of(), r.failures);
    }

    @Test
    void aStopEndsThePassAfterTheCurrentObjectWithACursorToResumeFrom() {
        Recorder r = new Recorder();
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        boolean complete = slowPass().run(dataDir, StoragePass.Totals.start(null, 0, 0, 0), r,
                () -> asked.incrementAndGet() > 1);
        assertFalse(complete);
        assertFalse(Thread.currentThread().isInterrupted());
        assertTrue(r.last.objects() < 5, r.last.toString());
        assertEquals(ids.get((int) r.last.objects() - 1), r.last.cursor());
    }

    @Test
    void aFailureIsHandedOverAtOnceNamingTheArtifactAndThePassGoesOn() throws Exception {
        Path content = dataDir.resolve("ocfl").resolve(store.objectPath(ids.get(1))).resolve("v1/content/content.pdf");
        Files.writeString(content, "altered");
        Recorder r = new Recorder();
        assertTrue(pass(Duration.ZERO).run(dataDir, StoragePass.Totals.start(null, 0, 0, 0), r, () -> false));
        assertEquals(1, r.failures.size(), r.failures.toString());
        AuditFailure f = r.failures.get(0);
        assertEquals(ids.get(1).substring(AuditFailure.OBJECT_PREFIX.length()), f.artifactId());
        assertEquals("v1/content/content.pdf", f.path());
        assertEquals(HexFormat.of().formatHex(Sha256.of(contents.get(ids.get(1)))), f.expected());
        assertEquals(HexFormat.of().formatHex(Sha256.of("altered".getBytes())), f.actual());
        assertEquals("CONTENT_MISMATCH", f.kind());
        assertFalse(r.good.contains(ids.get(1)));
        assertEquals(5, r.last.objects());
        assertEquals(ids.get(4), r.last.cursor());
    }
}
