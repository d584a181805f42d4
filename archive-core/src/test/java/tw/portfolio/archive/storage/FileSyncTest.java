package tw.portfolio.archive.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSyncTest {
    @TempDir
    Path root;

    @Test
    void anObjectTreeAndItsParentsAreForcedTogether() throws IOException {
        Path object = Files.createDirectories(root.resolve("a/b/object/v1/content"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(object.resolve("f" + i), "content " + i);
        }
        assertDoesNotThrow(() -> FileSync.syncObject(root.resolve("a/b/object"), root));
    }

    @Test
    void aPathThatCannotBeForcedFailsTheWholeSyncAfterTheOthersEnded() throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            paths.add(Files.writeString(root.resolve("f" + i), "x"));
        }
        paths.add(10, root.resolve("missing"));
        assertThrows(NoSuchFileException.class, () -> FileSync.syncAll(paths));
    }
}
