package tw.portfolio.archive.kept;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.persistence.LocalTransaction;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.FileSync;
import tw.portfolio.archive.storage.IntentMarkers;

/**
 * Keeps the archive's own records as OCFL objects, in the order artifact ingest uses: the files are
 * staged, an intent marker per object is made durable, each object is written and forced, then
 * their {@code KEPT_OBJECT} rows commit together and the markers go. Only then does the caller tell
 * anyone the record exists. A crash in between leaves markers, and {@link #reconcile} at the next
 * start removes every marked object whose row did not commit. The markers have a directory of their
 * own, so artifact ingest's start-up check never judges a kept object by the artifact table.
 */
public final class KeptObjects {
    private static final Logger LOG = Logger.getLogger(KeptObjects.class.getName());

    private final ArtifactStore store;
    private final IntentMarkers markers;
    private final DataSource dataSource;
    private final Clock clock;

    public KeptObjects(ArtifactStore store, IntentMarkers markers, DataSource dataSource, Clock clock) {
        this.store = store;
        this.markers = markers;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * An object being prepared: write its files under {@link #dir()}, then hand it to {@link #keep}.
     * {@code mainFile} is the logical path whose digest the row records.
     */
    public record Draft(KeptKind kind, String recordId, String studentId, Integer academicYear,
            java.time.Instant issuedAt, String mainFile, Path dir) {
    }

    /** A fresh, empty staging directory for the object of {@code kind}'s record {@code recordId}. */
    public Draft draft(KeptKind kind, String recordId, String studentId, Integer academicYear,
            java.time.Instant issuedAt, String mainFile) {
        Path dir = store.stagingDirectory().resolve("kept-" + kind.objectId(recordId));
        try {
            FileSync.deleteTree(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage " + kind.objectId(recordId), e);
        }
        return new Draft(kind, recordId, studentId, academicYear, issuedAt, mainFile, dir);
    }

    /**
     * Makes the drafts durable objects with their rows, all or none; returns the rows. The staging
     * directories are removed either way.
     */
    public List<KeptObject> keep(List<Draft> drafts) {
        List<KeptObject> rows = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        try {
            for (Draft d : drafts) {
                rows.add(new KeptObject(d.kind(), d.recordId(), d.studentId(), d.academicYear(), d.issuedAt(),
                        d.mainFile(), sha256(d.dir().resolve(d.mainFile()))));
            }
            for (KeptObject row : rows) {
                markers.mark(row.objectId());
                marked.add(row.objectId());
            }
            for (int i = 0; i < drafts.size(); i++) {
                store.storeFiles(rows.get(i).objectId(), drafts.get(i).dir(), "keep " + rows.get(i).objectId());
            }
            inTransaction("record kept objects", t -> {
                for (KeptObject row : rows) {
                    t.insert(row, clock.instant());
                }
                return null;
            });
        } catch (RuntimeException e) {
            undo(marked, e);
            throw e;
        } finally {
            drafts.forEach(d -> deleteQuietly(d.dir()));
        }
        marked.forEach(this::forget);
        return rows;
    }

    /**
     * Adds files to a kept object as a new version (a receipt's PDF once it is first printed); returns
     * once the version is durable. Files already in the object are never replaced.
     */
    public void add(KeptObject kept, String logicalName, byte[] content) {
        Path dir = store.stagingDirectory().resolve("kept-add-" + kept.objectId() + "-" + System.nanoTime());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(logicalName), content);
            store.storeFiles(kept.objectId(), dir, "add " + logicalName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add " + logicalName + " to " + kept.objectId(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** The row of {@code kind}'s record {@code recordId}, if kept. */
    public Optional<KeptObject> find(KeptKind kind, String recordId) {
        return inTransaction("find a kept object", t -> t.find(kind, recordId));
    }

    /** A student's kept objects of {@code kind}, newest first. */
    public List<KeptObject> ofStudent(KeptKind kind, String studentId) {
        return inTransaction("list a student's kept objects", t -> t.ofStudent(kind, studentId));
    }

    /** The kept objects of {@code kind} of an academic year, newest first. */
    public List<KeptObject> ofYear(KeptKind kind, int academicYear) {
        return inTransaction("list a year's kept objects", t -> t.ofYear(kind, academicYear));
    }

    /** Up to {@code limit} kept objects after {@code afterObjectId}, in object id order (for audits). */
    public List<KeptObject> page(String afterObjectId, int limit) {
        return inTransaction("page through kept objects", t -> t.page(afterObjectId, limit));
    }

    /** The logical paths in a kept object, sorted. */
    public List<String> files(KeptObject kept) {
        return store.files(kept.objectId());
    }

    /** True when the object holds {@code logicalName}. */
    public boolean has(KeptObject kept, String logicalName) {
        return store.sha256Of(kept.objectId(), logicalName).isPresent();
    }

    /** Opens one file of a kept object, unchecked (for streaming; {@link #read} checks the digest). */
    public InputStream open(KeptObject kept, String logicalName) {
        return store.open(kept.objectId(), logicalName);
    }

    /**
     * One file of a kept object, whole, checked against the digest its inventory records.
     *
     * @throws IntegrityViolationException when the object or the file is gone, or its bytes no longer
     *     match the inventory's digest
     */
    public byte[] read(KeptObject kept, String logicalName) {
        String expected = store.sha256Of(kept.objectId(), logicalName).orElseThrow(() -> new IntegrityViolationException(
                kept.objectId() + " is listed but holds no " + logicalName));
        byte[] bytes;
        try (InputStream in = open(kept, logicalName)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + logicalName + " of " + kept.objectId(), e);
        }
        String actual = HexFormat.of().formatHex(Sha256.of(bytes));
        if (!actual.equals(expected)) {
            throw new IntegrityViolationException(kept.objectId() + " " + logicalName
                    + " no longer matches its recorded digest: expected sha256 " + expected + ", read " + actual);
        }
        return bytes;
    }

    /**
     * Removes objects a crash left without their row (each named by a marker); returns how many.
     * Run once at start-up, before anything is kept.
     */
    public int reconcile() {
        int removed = 0;
        for (String objectId : markers.pending()) {
            boolean recorded = inTransaction("check a kept object", t -> t.contains(objectId));
            if (!recorded && store.contains(objectId)) {
                store.purge(objectId);
                removed++;
                LOG.warning(() -> "Removed kept object " + objectId + " whose row never committed");
            }
            markers.clear(objectId);
        }
        return removed;
    }

    /** Work on the table in one transaction (joined to the caller's when there is one). */
    public <T> T inTransaction(String what, TableWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return LocalTransaction.joinOrRun(c, what, () -> work.apply(new KeptObjectTable(c)));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** A unit of work on {@link KeptObjectTable}. */
    @FunctionalInterface
    public interface TableWork<T> {
        T apply(KeptObjectTable table) throws SQLException;
    }

    private void undo(List<String> marked, RuntimeException cause) {
        for (String objectId : marked) {
            try {
                if (store.contains(objectId)) {
                    store.purge(objectId);
                }
                markers.clear(objectId);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
                LOG.log(Level.WARNING, "Could not remove " + objectId + "; the start-up check will", e);
            }
        }
    }

    private void forget(String objectId) {
        try {
            markers.clear(objectId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the marker of " + objectId + " (recorded)", e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(Sha256.of(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileSync.deleteTree(dir);
        } catch (IOException ignored) {
            // the staging directory is emptied at start-up
        }
    }
}
