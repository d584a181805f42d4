package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallFilesTest {
    @TempDir
    Path dir;

    @Test
    void contentPathsNormalizeLikePathNormalizeAndNeverLeaveTheObjectRoot() {
        assertEquals("v1/content/a.pdf", SmallFiles.normalizedWithin("v1/content/a.pdf"));
        assertEquals("v1/content/a.pdf", SmallFiles.normalizedWithin("v1//content/./x/../a.pdf"));
        assertEquals("", SmallFiles.normalizedWithin("v1/.."));
        assertNull(SmallFiles.normalizedWithin("../other-object/v1/content/a.pdf"));
        assertNull(SmallFiles.normalizedWithin("v1/content/../../../etc/passwd"));
        assertNull(SmallFiles.normalizedWithin("/etc/passwd"));
        for (String p : new String[] {"a/b/../c", "a/./b", "a/b/..", "x//y/"}) {
            assertEquals(Path.of(p).normalize().toString(), SmallFiles.normalizedWithin(p), p);
        }
    }

    @Test
    void aMissingFileIsNoSuchFileAndAnUnreadableOneIsAnotherIoError() throws IOException {
        assertThrows(NoSuchFileException.class, () -> SmallFiles.readAll(dir.resolve("absent").toFile()));
        IOException directory = assertThrows(IOException.class, () -> SmallFiles.readAll(dir.toFile()));
        assertEquals(false, directory instanceof NoSuchFileException);
        Files.write(dir.resolve("f"), new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, SmallFiles.readAll(dir.resolve("f").toFile()));
    }
}
