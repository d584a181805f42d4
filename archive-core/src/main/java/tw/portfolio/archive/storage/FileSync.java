package tw.portfolio.archive.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** fsync for files and directories, so an acknowledged write survives a power cut. */
public final class FileSync {
    private FileSync() {
    }

    /** Forces every file and directory under {@code dir} to the medium. */
    public static void syncTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                sync(p);
            }
        }
    }

    /** Forces {@code from} and each parent directory up to and including {@code top}. */
    public static void syncDirectoryChain(Path from, Path top) throws IOException {
        Path p = from;
        while (p != null && p.startsWith(top)) {
            sync(p);
            p = p.getParent();
        }
    }

    /** Forces one file or directory. Directories are opened read-only, which Linux allows. */
    public static void sync(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(p)) {
                throw e;
            }
            // Some file systems refuse fsync on a directory; the file data itself is already forced.
        }
    }

    /** Deletes a directory tree if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                try {
                    Files.deleteIfExists(d);
                } catch (NoSuchFileException ignored) {
                    // already gone
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
