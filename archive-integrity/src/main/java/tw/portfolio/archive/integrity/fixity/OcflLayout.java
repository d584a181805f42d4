package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Finds the OCFL storage root and its object roots, by their NAMASTE declaration files. Directories
 * are read with {@link File#list()}: one native call per directory, which matters when a
 * short-lived verifier walks thousands of them before its code is compiled.
 */
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
        if (hasDeclaration(dir.toFile(), ROOT_DECLARATION)) {
            return dir;
        }
        Path nested = dir.resolve("ocfl");
        if (Files.isDirectory(nested) && hasDeclaration(nested.toFile(), ROOT_DECLARATION)) {
            return nested;
        }
        throw new InvalidInputException(dir + " is neither an OCFL storage root (no 0=ocfl_1.x file) "
                + "nor a data directory holding one in ocfl/");
    }

    /** Every object root under the storage root, without descending into objects. */
    static List<Path> objectRoots(Path storageRoot) {
        List<Path> roots = new ArrayList<>();
        for (File top : topLevel(storageRoot)) {
            collectObjectRoots(top, roots);
        }
        return roots;
    }

    /** The storage root's subdirectories, where object roots are searched (see {@link #collectObjectRoots}). */
    static List<File> topLevel(Path storageRoot) {
        File root = storageRoot.toFile();
        List<File> dirs = new ArrayList<>();
        for (String name : list(root)) {
            File child = new File(root, name);
            if (isDirectory(child)) {
                dirs.add(child);
            }
        }
        return dirs;
    }

    /** Adds {@code dir} to {@code roots} when it is an object root, else the object roots beneath it. */
    static void collectObjectRoots(File dir, List<Path> roots) {
        String[] names = list(dir);
        for (String name : names) {
            if (name.startsWith(OBJECT_DECLARATION) && new File(dir, name).isFile()) {
                roots.add(dir.toPath());
                return;
            }
        }
        Arrays.sort(names);
        for (String name : names) {
            File child = new File(dir, name);
            if (isDirectory(child)) {
                collectObjectRoots(child, roots);
            }
        }
    }

    /** The names in a directory; an unreadable directory is an error, as it hides what it holds. */
    static String[] list(File dir) {
        String[] names = dir.list();
        if (names == null) {
            throw new UncheckedIOException("cannot list " + dir, new IOException("not readable as a directory"));
        }
        return names;
    }

    /** A directory and not a symbolic link to one, like {@link Files#walkFileTree} sees it. */
    static boolean isDirectory(File file) {
        return Files.isDirectory(file.toPath(), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean hasDeclaration(File dir, String prefix) {
        String[] names = dir.list();
        if (names == null) {
            return false;
        }
        for (String name : names) {
            if (name.startsWith(prefix) && new File(dir, name).isFile()) {
                return true;
            }
        }
        return false;
    }
}
