package tw.portfolio.archive.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ingest intents as empty files, one per object being written: {@link #mark} makes the file and
 * forces its directory before the object is written, so after a crash every object that may exist
 * without its record is named here; {@link #clear} removes it once the record has committed.
 *
 * <p>This replaces a database transaction per upload (an insert and a commit with its log flush)
 * by one file creation and the fsync of it and its directory (one journal commit, shared with
 * other uploads' commits). A marker that survives a crash after its record
 * committed is harmless: the start-up check finds the record and only removes the marker. The
 * directory is per node; a node's markers are checked when that node starts.
 */
public final class IntentMarkers {
    /** Object ids the archive makes ({@code artifact-<uuid>}); anything else never names a file here. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    private final Path dir;

    private IntentMarkers(Path dir) {
        this.dir = dir;
    }

    /** Opens (creating if needed) the marker directory {@code dir}. */
    public static IntentMarkers open(Path dir) {
        try {
            return new IntentMarkers(Files.createDirectories(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the ingest intent directory " + dir, e);
        }
    }

    /** Records, durably, that {@code objectId} is about to be written. */
    public void mark(String objectId) {
        Path marker = dir.resolve(requireSafe(objectId));
        try {
            Files.createFile(marker);
            FileSync.syncAll(List.of(marker, dir));
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("An ingest of " + objectId + " is already in progress", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the intent to write " + objectId, e);
        }
    }

    /** Forgets the intent (no fsync: a marker that comes back after a crash is checked and removed). */
    public void clear(String objectId) {
        try {
            Files.deleteIfExists(dir.resolve(requireSafe(objectId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the intent marker of " + objectId, e);
        }
    }

    /** The object ids with a marker, in no particular order. */
    public List<String> pending() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (SAFE_ID.matcher(name).matches() && Files.isRegularFile(f)) {
                    ids.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the ingest intents in " + dir, e);
        }
        return ids;
    }

    private static String requireSafe(String objectId) {
        if (objectId == null || !SAFE_ID.matcher(objectId).matches()) {
            throw new IllegalArgumentException("Not an object id the archive makes: " + objectId);
        }
        return objectId;
    }
}
