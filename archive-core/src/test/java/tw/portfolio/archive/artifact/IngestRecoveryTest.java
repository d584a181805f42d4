package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.storage.IntentMarkers;
import tw.portfolio.archive.storage.OcflArtifactStore;

/** The start-up check on a real OCFL root on disk, after the crashes ingest can meet. */
class IngestRecoveryTest {
    private static final String ACKNOWLEDGED = "artifact-11111111-0a4b-4c5d-8e9f-102132435465";
    private static final String UNACKNOWLEDGED = "artifact-22222222-0a4b-4c5d-8e9f-102132435465";
    private static final String NEVER_WRITTEN = "artifact-33333333-0a4b-4c5d-8e9f-102132435465";

    @TempDir
    Path base;

    @Test
    void anObjectWithoutItsRecordIsRemovedAndOneWithItsRecordIsKept() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            IntentMarkers markers = IntentMarkers.open(base.resolve("intents"));
            // crash after the record committed, before the marker went:
            markers.mark(ACKNOWLEDGED);
            write(store, ACKNOWLEDGED);
            // crash after the object was forced, before its record committed:
            markers.mark(UNACKNOWLEDGED);
            write(store, UNACKNOWLEDGED);
            // crash right after the mark:
            markers.mark(NEVER_WRITTEN);

            int removed = new IngestRecovery(store, markers, Set.of(ACKNOWLEDGED)::contains)
                    .run();

            assertEquals(1, removed);
            assertTrue(store.contains(ACKNOWLEDGED));
            assertFalse(store.contains(UNACKNOWLEDGED));
            assertFalse(store.contains(NEVER_WRITTEN));
            assertEquals(List.of(), markers.pending());
        }
    }

    @Test
    void aSecondRunAfterACompleteOneChangesNothing() throws Exception {
        try (OcflArtifactStore store = OcflArtifactStore.open(base)) {
            IntentMarkers markers = IntentMarkers.open(base.resolve("intents"));
            markers.mark(UNACKNOWLEDGED);
            write(store, UNACKNOWLEDGED);
            IngestRecovery recovery = new IngestRecovery(store, markers, id -> false);
            assertEquals(1, recovery.run());
            assertEquals(0, recovery.run());
        }
    }

    private static void write(OcflArtifactStore store, String objectId) throws Exception {
        byte[] content = ("%PDF-1.4\n" + objectId).getBytes(StandardCharsets.US_ASCII);
        Path staged = Files.write(Files.createTempFile(store.stagingDirectory(), "upload-", ".part"), content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        store.store(objectId, staged, sha, "content.pdf", "{}".getBytes(StandardCharsets.UTF_8), "test");
    }
}
