package tw.portfolio.archive.integrity.fixity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tw.portfolio.archive.error.InvalidInputException;

/** Finds the OCFL storage root and its object roots, by their NAMASTE declaration files. */
final class OcflLayout {
    private static final String ROOT_DECLARATION = "0=ocfl_1.";
    private static final String OBJECT_DECLARATION = "0=ocfl_object_1.";

    private OcflLayout() {
    }

    /** {@code dir} itself when it is a storage root, else {@code dir/ocfl} when that is one. */
    static Path storageRoot(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a directory");
        }
        if (hasDeclaration(dir, ROOT_DECLARATION)) {
            return dir;
        }
        Path nested = dir.resolve("ocfl");
        if (Files.isDirectory(nested) && hasDeclaration(nested, ROOT_DECLARATION)) {
            return nested;
        }
        throw new InvalidInputException(dir + " is neither an OCFL storage root (no 0=ocfl_1.x file) "
                + "nor a data directory holding one in ocfl/");
    }

    /** Every object root under the storage root, without descending into objects. */
    static List<Path> objectRoots(Path storageRoot) {
        List<Path> roots = new ArrayList<>();
        try {
            Files.walkFileTree(storageRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(storageRoot) && hasDeclaration(dir, OBJECT_DECLARATION)) {
                        roots.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list objects under " + storageRoot, e);
        }
        return roots;
    }

    private static boolean hasDeclaration(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix) && Files.isRegularFile(f));
        } catch (IOException e) {
            return false;
        }
    }
}
