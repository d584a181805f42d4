package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a half-written staging folder after a failed pack; best effort, never masks the real failure. */
final class StagingCleaner {

    private StagingCleaner() {
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // left for the operator; the original failure is what the caller reports
                }
            });
        } catch (IOException ignored) {
            // nothing more can be done here
        }
    }
}
