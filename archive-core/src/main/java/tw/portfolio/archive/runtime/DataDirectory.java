package tw.portfolio.archive.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one directory the archive writes to: database ({@code db}), OCFL storage ({@code ocfl}),
 * keys ({@code keys}), logs ({@code logs}), search index ({@code index}), caches ({@code cache}).
 */
public final class DataDirectory {
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Resolves {@code configured} to an absolute path and creates it if needed. */
    public static DataDirectory of(String configured) {
        Path root = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
        return new DataDirectory(root);
    }

    public Path root() {
        return root;
    }

    /** A sub-directory, created (owner-only where the file system allows it). */
    public Path dir(String name) {
        Path p = root.resolve(name);
        try {
            if (!Files.isDirectory(p)) {
                Files.createDirectories(p);
                restrict(p, OWNER_ONLY_DIR);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + p, e);
        }
    }

    /** Writes a secret file readable only by the owner. */
    public static void writeSecret(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".secret", ".tmp");
            restrict(tmp, OWNER_ONLY_FILE);
            Files.write(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
