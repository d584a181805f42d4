package tw.portfolio.archive.receipt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Where the bytes of a submitted file can be read from; each call opens a fresh stream. */
@FunctionalInterface
public interface FileContent {

    /** Opens the bytes; the caller closes the stream. */
    InputStream open() throws IOException;

    /** Content read from a file on disk. */
    static FileContent of(Path path) {
        Objects.requireNonNull(path, "path");
        return () -> Files.newInputStream(path);
    }

    /** Content held in memory (the array is copied). */
    static FileContent ofBytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }
}
