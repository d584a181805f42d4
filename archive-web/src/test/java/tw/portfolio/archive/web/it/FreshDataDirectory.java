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
        awaitPreviousServerExit(root);
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

    /**
     * Waits until no earlier Payara Micro of this build still runs on {@code root}: Arquillian's stop
     * does not wait for the process to end, and a server still shutting down wrote into the directory
     * after it was emptied (a full build at 02:50 UTC on 2026-12-08: Derby's {@code db} came back without
     * {@code service.properties}, so the next class's server could not create its database and every test
     * of that class waited for readiness). After 60 s the leftover is killed.
     */
    private static void awaitPreviousServerExit(Path root) {
        String marker = "-Darchive.data.dir=" + root;
        long self = ProcessHandle.current().pid();
        java.util.List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && p.info().commandLine().map(c -> c.contains(marker)
                        && c.contains("payara-micro")).orElse(false))
                .toList();
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                server.destroyForcibly();
                server.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("waiting for the previous server failed", e);
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
