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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** fsync for files and directories, so an acknowledged write survives a power cut. */
public final class FileSync {
    /**
     * Threads that wait on fsync for {@link #syncAll}. Waiting for the disk takes no CPU, and the
     * file system commits concurrent fsyncs together (ext4 and XFS share one journal commit among
     * them), so forcing an object's dozen files and directories side by side costs about one round
     * trip to the medium instead of a dozen in a row.
     */
    private static final int SYNC_THREADS = 16;
    private static final ExecutorService SYNC_POOL = Executors.newFixedThreadPool(SYNC_THREADS, r -> {
        Thread t = new Thread(r, "archive-fsync");
        t.setDaemon(true);
        return t;
    });

    private FileSync() {
    }

    /**
     * Forces every file and directory under {@code dir}, and each parent directory of {@code dir} up
     * to and including {@code top}, concurrently; returns once all are on the medium.
     */
    public static void syncObject(Path dir, Path top) throws IOException {
        syncAll(objectPaths(dir, top));
    }

    /** What {@link #syncObject} forces: everything under {@code dir}, and its parents up to {@code top}. */
    static Set<Path> objectPaths(Path dir, Path top) throws IOException {
        Set<Path> paths = new LinkedHashSet<>();
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.forEach(paths::add);
        }
        for (Path p = dir.getParent(); p != null && p.startsWith(top); p = p.getParent()) {
            paths.add(p);
        }
        return paths;
    }

    /** Forces every path in {@code paths} concurrently; the first failure is thrown after all have ended. */
    public static void syncAll(Collection<Path> paths) throws IOException {
        syncAll(paths, FileSync::sync);
    }

    /** How one path is forced ({@link #sync}; a test may watch it). */
    @FunctionalInterface
    interface Syncer {
        void sync(Path p) throws IOException;
    }

    /** {@link #syncAll(Collection)} through {@code syncer}. */
    static void syncAll(Collection<Path> paths, Syncer syncer) throws IOException {
        List<Future<?>> pending = new ArrayList<>(paths.size());
        for (Path p : paths) {
            pending.add(SYNC_POOL.submit(() -> {
                syncer.sync(p);
                return null;
            }));
        }
        IOException failure = null;
        boolean interrupted = false;
        for (Future<?> f : pending) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the fsyncs already started must still be waited for
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
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
