package tw.portfolio.archive.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link FileSync} forces and when it reports a failure. Whether the medium really keeps the
 * bytes across a power cut cannot be seen from a test; the crash rounds of {@code bench} kill the
 * server instead. Here: the set of paths an object's sync covers, and that a failure is reported
 * only after every other path's sync has ended.
 */
class FileSyncTest {
    @TempDir
    Path root;

    @Test
    void anObjectsSyncCoversEveryFileAndDirectoryInItAndEachParentUpToTheRootButNoHigher() throws IOException {
        Path object = root.resolve("a/b/object");
        Path content = Files.createDirectories(object.resolve("v1/content"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(content.resolve("f" + i), "content " + i);
        }
        Files.writeString(object.resolve("inventory.json"), "{}");

        Set<Path> expected = new HashSet<>();
        try (Stream<Path> tree = Files.walk(object)) {
            tree.forEach(expected::add);
        }
        expected.addAll(List.of(root.resolve("a/b"), root.resolve("a"), root));
        assertEquals(expected, FileSync.objectPaths(object, root));
        assertEquals(40 + 1 + 3 + 3, expected.size(), "files, inventory, object/v1/content, a/b, a and the root");

        Set<Path> forced = ConcurrentHashMap.newKeySet();
        FileSync.syncAll(FileSync.objectPaths(object, root), forced::add);
        assertEquals(expected, forced);
        FileSync.syncObject(object, root); // and the real fsync of each succeeds on this file system
    }

    @Test
    void aPathThatCannotBeForcedFailsTheWholeSyncOnlyAfterTheOthersEnded() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paths.add(Files.writeString(root.resolve("f" + i), "x"));
        }
        Path missing = root.resolve("missing");
        paths.add(10, missing);
        CountDownLatch failed = new CountDownLatch(1);
        Set<Path> ended = ConcurrentHashMap.newKeySet();
        FileSync.Syncer syncer = p -> {
            if (p.equals(missing)) {
                failed.countDown();
                FileSync.sync(p);
            }
            try {
                // every other sync ends only after the failure has happened
                assertTrue(failed.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FileSync.sync(p);
            ended.add(p);
        };
        assertThrows(NoSuchFileException.class, () -> FileSync.syncAll(paths, syncer));
        assertEquals(20, ended.size(), "the failure is thrown only once the 20 others have been forced");
    }
}
