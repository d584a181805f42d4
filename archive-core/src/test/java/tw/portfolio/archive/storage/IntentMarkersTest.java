package tw.portfolio.archive.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentMarkersTest {
    private static final String A = "artifact-6f1c2d3e-0a4b-4c5d-8e9f-102132435465";
    private static final String B = "artifact-00000000-0a4b-4c5d-8e9f-102132435465";

    @TempDir
    Path tmp;

    @Test
    void aMarkIsAFileThatSurvivesReopeningUntilCleared() {
        IntentMarkers markers = IntentMarkers.open(tmp.resolve("intents"));
        markers.mark(A);
        markers.mark(B);
        assertTrue(Files.isRegularFile(tmp.resolve("intents").resolve(A)));

        IntentMarkers reopened = IntentMarkers.open(tmp.resolve("intents"));
        assertEquals(Set.of(A, B), new HashSet<>(reopened.pending()));
        reopened.clear(A);
        assertEquals(List.of(B), reopened.pending());
        reopened.clear(A); // clearing twice is harmless: a start-up check may meet a marker already gone
        assertEquals(List.of(B), markers.pending());
    }

    @Test
    void aSecondMarkForTheSameObjectIsRefused() {
        IntentMarkers markers = IntentMarkers.open(tmp);
        markers.mark(A);
        assertThrows(IllegalStateException.class, () -> markers.mark(A));
        assertEquals(List.of(A), markers.pending());
    }

    @Test
    void idsThatCouldLeaveTheDirectoryNeverNameAFile() {
        IntentMarkers markers = IntentMarkers.open(tmp.resolve("intents"));
        for (String bad : new String[] {"../escape", "a/b", "", ".hidden", "x".repeat(201), null}) {
            assertThrows(IllegalArgumentException.class, () -> markers.mark(bad), String.valueOf(bad));
            assertThrows(IllegalArgumentException.class, () -> markers.clear(bad), String.valueOf(bad));
        }
        assertFalse(Files.exists(tmp.resolve("escape")));
        assertEquals(List.of(), markers.pending());
    }

    @Test
    void strayFilesAndDirectoriesAreNotTakenForIntents() throws Exception {
        Path dir = tmp.resolve("intents");
        IntentMarkers markers = IntentMarkers.open(dir);
        Files.createDirectory(dir.resolve("artifact-dir"));
        Files.writeString(dir.resolve(".nfs000123"), "");
        markers.mark(A);
        assertEquals(List.of(A), markers.pending());
    }
}
