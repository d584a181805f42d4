package tw.portfolio.archive.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each Arquillian test class a data directory of its own: before the class's server starts
 * (register it before {@code ArquillianExtension}), the directory named by {@code archive.test.dataDir}
 * is emptied, so the server loads the demo school afresh. No class depends on what another left
 * behind (an account whose password a test reset, a key a test rotated), whatever order Failsafe
 * runs them in.
 */
public final class FreshDataDirectory implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String dir = System.getProperty("archive.test.dataDir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("archive.test.dataDir is not set (Failsafe sets it)");
        }
        Path root = Path.of(dir);
        // The previous class's server may still be stopping and writing (its index, seen in a fresh-clone
        // build: DirectoryNotEmptyException on index/gen-000001): walk and delete again until the
        // directory is gone, for at most 60 s.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                deleteTree(root);
                return;
            } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException
                    | java.io.UncheckedIOException e) { // the walk's iterator wraps a file removed under it
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
