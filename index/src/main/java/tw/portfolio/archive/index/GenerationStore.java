package tw.portfolio.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The on-disk layout under the index directory: numbered generation directories
 * ({@code gen-000001}) and a {@code CURRENT} file naming the live one, replaced by an atomic move
 * so that a crash during a swap leaves either the old or the new generation current.
 */
final class GenerationStore {
    private static final String CURRENT = "CURRENT";
    private final Path root;

    GenerationStore(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index directory " + root, e);
        }
    }

    /** The live generation's number; 1 for a new index. */
    int current() {
        Path pointer = root.resolve(CURRENT);
        try {
            return Files.exists(pointer) ? Integer.parseInt(Files.readString(pointer, StandardCharsets.US_ASCII).strip()) : 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    Path path(int generation) {
        return root.resolve(String.format("gen-%06d", generation));
    }

    Path currentPath() {
        return path(current());
    }

    Path nextPath() {
        return path(current() + 1);
    }

    /** Whether an interrupted rebuild left a next generation to resume. */
    boolean hasNext() {
        return Files.isDirectory(nextPath());
    }

    /** Makes the next generation the live one, atomically. */
    void promoteNext() {
        int next = current() + 1;
        Path temp = root.resolve(CURRENT + ".tmp");
        try {
            Files.writeString(temp, Integer.toString(next), StandardCharsets.US_ASCII);
            Files.move(temp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the index to generation " + next, e);
        }
    }

    /** Deletes a generation directory that is no longer live (best effort). */
    void discard(Path generation) {
        try (Stream<Path> files = Files.walk(generation)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the next discard; never live again
        }
    }
}
