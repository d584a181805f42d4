package tw.portfolio.archive.retention.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.FileSync;

/**
 * The erasure of one student, framework-free, in the steps of {@link ErasureStep}. Each step commits
 * on its own and is idempotent; {@code ERASURE.STEP} records the last one done, so a run that
 * stopped (crash, failure) is resumed by calling {@link #erase} again with the same request.
 *
 * <p>Order: capture first (nothing removed yet, so a resumed run reports the same items); then the
 * database rows in one transaction (from then on no record points to a removed object, so a
 * fixity audit at any moment sees a consistent archive, and the search index can no longer be fed
 * the student's documents, by the outbox or a rebuild); then the OCFL objects and staging; then the
 * search index, merged; then the database files; then the replica.
 */
public final class ErasureEngine {
    /** The role the erasure's events carry. */
    static final String ROLE = "SYSTEM";
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,35}");

    private final ErasureTransactions tx;
    private final ArtifactStore store;
    private final SearchIndex index;
    private final DatabaseFiles files;
    private final Clock clock;
    private final StepListener listener;
    private final Duration rebuildWait;

    /**
     * @param index the search index, or null when the archive runs without one
     * @param rebuildWait how long the index step waits for a running index rebuild to finish
     */
    public ErasureEngine(ErasureTransactions tx, ArtifactStore store, SearchIndex index, DatabaseFiles files,
            Clock clock, StepListener listener, Duration rebuildWait) {
        this.tx = tx;
        this.store = store;
        this.index = index;
        this.files = files;
        this.clock = clock;
        this.listener = listener;
        this.rebuildWait = rebuildWait;
    }

    /** What erasing the student would remove, counted from the database. */
    public ErasurePreview preview(String studentId) {
        requireId("studentId", studentId);
        return tx.inTransaction("preview an erasure", (c, events) -> {
            StudentRows rows = new StudentRows(c, studentId);
            if (!rows.studentExists()) {
                throw new NotFoundException("No student " + studentId);
            }
            List<ErasureLedger.Item> files = rows.items((objectId, mainFile) -> 0L).stream()
                    .filter(ErasureLedger.Item::isFile).toList();
            return new ErasurePreview(files.size(), files.stream().mapToLong(ErasureLedger.Item::size).sum(), rows.count());
        });
    }

    /** Erases the student under {@code requestId}, or finishes doing so; see {@link StudentErasure#erase}. */
    public ErasureResult erase(String studentId, String requestId) {
        requireId("studentId", studentId);
        requireId("requestId", requestId);
        boolean[] captured = new boolean[1];
        ErasureStep reached = tx.inTransaction("start an erasure", (c, events) -> start(c, studentId, requestId, captured));
        if (captured[0]) {
            listener.committed(requestId, ErasureStep.CAPTURED);
        }
        while (reached != ErasureStep.DONE) {
            ErasureStep step = reached.next();
            try {
                run(step, studentId, requestId);
            } catch (RuntimeException e) {
                String error = step + ": " + e.getClass().getSimpleName();
                tx.inTransaction("record an erasure failure", (c, events) -> {
                    new ErasureLedger(c).failed(requestId, error);
                    return null;
                });
                throw e;
            }
            reached = step;
            listener.committed(requestId, step);
        }
        return result(studentId, requestId);
    }

    private ErasureStep start(java.sql.Connection c, String studentId, String requestId, boolean[] captured)
            throws java.sql.SQLException {
        ErasureLedger ledger = new ErasureLedger(c);
        var existing = ledger.find(requestId);
        if (existing.isPresent()) {
            if (!existing.get().studentId().equals(studentId)) {
                throw new ConflictException("Erasure " + requestId + " is of another student");
            }
            return existing.get().step();
        }
        StudentRows rows = new StudentRows(c, studentId);
        if (!rows.studentExists()) {
            throw new NotFoundException("No student " + studentId);
        }
        Instant now = clock.instant();
        ledger.start(requestId, studentId, now);
        List<ErasureLedger.Item> items = rows.items(this::keptSize);
        for (ErasureLedger.Item item : items) {
            ledger.add(requestId, item);
        }
        int accounts = rows.disableAccounts();
        ledger.confirm(requestId, new ErasureConfirmation("ACCOUNT", "DONE", now,
                accounts + " account(s) disabled and their tokens revoked; " + items.size() + " item(s) captured"));
        captured[0] = true;
        return ErasureStep.CAPTURED;
    }

    private void run(ErasureStep step, String studentId, String requestId) {
        switch (step) {
            case DATABASE -> database(studentId, requestId);
            case STORE -> store(requestId);
            case INDEX -> index(requestId);
            case DATABASE_FILES -> databaseFiles(requestId);
            case REPLICA -> reached(requestId, step, new ErasureConfirmation("REPLICA", "NOT_CONFIGURED", clock.instant(),
                    "no replica configured"));
            case DONE, NONE, CAPTURED -> reached(requestId, step);
        }
        if (step == ErasureStep.DATABASE) {
            tx.forgetCachedEntities();
        }
    }

    private void database(String studentId, String requestId) {
        tx.inTransaction("erase a student's rows", (c, events) -> {
            ErasureLedger ledger = new ErasureLedger(c);
            StudentRows rows = new StudentRows(c, studentId);
            rows.lock();
            for (ErasureLedger.Item late : rows.items(this::keptSize)) {
                ledger.add(requestId, late);
            }
            List<ErasureLedger.Item> items = ledger.items(requestId);
            StudentRows.Identity who = rows.identity();
            int scrubbed = rows.scrubAuditTrail(who, items, requestId);
            int keys = Sql.update(c, "DELETE FROM PSEUDONYM_KEY WHERE SUBJECT = ?", studentId);
            int deleted = rows.delete(items, requestId);
            Instant now = clock.instant();
            for (ErasureLedger.Item item : items) {
                events.record(deletion(item, studentId, requestId, now, "SUCCESS"), Map.of());
            }
            events.record(new ArchiveEvent(ArchiveEventType.DELETION, "student:" + studentId, studentId, ROLE, "SUCCESS",
                    now, Map.of("request", requestId, "items", Integer.toString(items.size()), "reason", "ERASURE")), Map.of());
            ledger.confirm(requestId, new ErasureConfirmation("DATABASE", "DONE", now, deleted + " row(s) deleted, "
                    + scrubbed + " audit trail entr(ies) stripped of clear text, " + items.size() + " DELETION event(s)"));
            ledger.confirm(requestId, new ErasureConfirmation("PSEUDONYM_KEY", "DONE", now,
                    keys == 0 ? "no pseudonym key was issued" : "pseudonym key destroyed"));
            ledger.reached(requestId, ErasureStep.DATABASE, now);
            return null;
        });
    }

    /** The DELETION event of one item: its id, digest and object, the student's opaque id. */
    static ArchiveEvent deletion(ErasureLedger.Item item, String studentId, String requestId, Instant at, String outcome) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("request", requestId);
        detail.put("kind", item.kind());
        detail.put("reason", "ERASURE");
        if (item.sha256() != null) {
            detail.put("sha256", item.sha256());
            detail.put("size", Long.toString(item.size()));
        }
        if (item.objectId() != null) {
            detail.put("objectId", item.objectId());
        }
        return new ArchiveEvent(ArchiveEventType.DELETION, item.itemId(), studentId, ROLE, outcome, at, detail);
    }

    private void store(String requestId) {
        List<ErasureLedger.Item> items = tx.inTransaction("read an erasure's items",
                (c, events) -> new ErasureLedger(c).items(requestId));
        Map<String, int[]> purged = new LinkedHashMap<>();
        for (ErasureLedger.Item item : items) {
            if (item.isFile()) {
                int[] n = purged.computeIfAbsent(item.kind(), k -> new int[2]);
                if (store.contains(item.objectId())) {
                    store.purge(item.objectId());
                    n[0]++;
                } else {
                    n[1]++;
                }
            }
        }
        int staged = removeStaging(items);
        Instant now = clock.instant();
        List<ErasureConfirmation> confirmations = new ArrayList<>();
        confirmations.add(confirmation("STORE", purged.get(ErasureLedger.ARTIFACT), "artifact object(s)", now));
        confirmations.add(confirmation("RECEIPTS", purged.get("RECEIPT"), "receipt object(s)", now));
        confirmations.add(confirmation("PACKAGES", purged.get("SUBMISSION_PACKAGE"), "submission package object(s)", now));
        confirmations.add(new ErasureConfirmation("STAGING", "DONE", now, staged + " staging entr(ies) removed"));
        reached(requestId, ErasureStep.STORE, confirmations.toArray(ErasureConfirmation[]::new));
    }

    private static ErasureConfirmation confirmation(String target, int[] counts, String what, Instant now) {
        int done = counts == null ? 0 : counts[0];
        int gone = counts == null ? 0 : counts[1];
        return new ErasureConfirmation(target, "DONE", now, done + " " + what + " purged from the OCFL root"
                + (gone == 0 ? "" : ", " + gone + " already gone"));
    }

    /** Staging directories named for the items' objects (a kept object being written or added to). */
    private int removeStaging(List<ErasureLedger.Item> items) {
        Path staging = store.stagingDirectory();
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                for (ErasureLedger.Item item : items) {
                    if (item.objectId() != null && (name.equals("kept-" + item.objectId())
                            || name.startsWith("kept-add-" + item.objectId() + "-"))) {
                        FileSync.deleteTree(entry);
                        removed++;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear staging of erased objects", e);
        }
        return removed;
    }

    private void index(String requestId) {
        if (index == null) {
            reached(requestId, ErasureStep.INDEX, new ErasureConfirmation("INDEX", "NOT_CONFIGURED", clock.instant(),
                    "no search index configured"));
            return;
        }
        List<String> documents = tx.inTransaction("read an erasure's items", (c, events) -> new ErasureLedger(c)
                .items(requestId)).stream().filter(i -> ErasureLedger.ARTIFACT.equals(i.kind())
                        || ErasureLedger.RECORD.equals(i.kind())).map(ErasureLedger.Item::itemId).toList();
        documents.forEach(index::delete);
        boolean waited = awaitRebuild();
        if (waited) {
            documents.forEach(index::delete);
        }
        index.purgeDeleted();
        reached(requestId, ErasureStep.INDEX, new ErasureConfirmation("INDEX", "DONE", clock.instant(),
                documents.size() + " document(s) deleted and merged away" + (waited ? " (after a rebuild finished)" : "")));
    }

    /** Waits while a rebuild runs (it may hold a document it read before the rows went); true if one ran. */
    private boolean awaitRebuild() {
        if (index.rebuildProgress().state() != RebuildProgress.State.RUNNING) {
            return false;
        }
        long deadline = System.nanoTime() + rebuildWait.toNanos();
        while (index.rebuildProgress().state() == RebuildProgress.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new ConflictException("A search index rebuild is still running; the erasure resumes when called again");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConflictException("Interrupted while a search index rebuild ran", e);
            }
        }
        return true;
    }

    private void databaseFiles(String requestId) {
        String detail = files.forget(StudentRows.TOUCHED_TABLES);
        reached(requestId, ErasureStep.DATABASE_FILES, new ErasureConfirmation("DATABASE_FILES", "DONE", clock.instant(),
                detail));
    }

    private void reached(String requestId, ErasureStep step, ErasureConfirmation... confirmations) {
        tx.inTransaction("record an erasure step", (c, events) -> {
            ErasureLedger ledger = new ErasureLedger(c);
            for (ErasureConfirmation confirmation : confirmations) {
                ledger.confirm(requestId, confirmation);
            }
            ledger.reached(requestId, step, clock.instant());
            return null;
        });
    }

    private ErasureResult result(String studentId, String requestId) {
        return tx.inTransaction("read an erasure's result", (c, events) -> {
            ErasureLedger ledger = new ErasureLedger(c);
            return new ErasureResult(studentId, ledger.items(requestId).stream().filter(ErasureLedger.Item::isFile)
                    .map(ErasureLedger.Item::toErasedItem).toList(), ledger.confirmations(requestId));
        });
    }

    private long keptSize(String objectId, String mainFile) {
        if (!store.contains(objectId)) {
            return 0;
        }
        try (InputStream in = store.open(objectId, mainFile)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw InvalidInputException.field(field, "must be an id of letters, digits and hyphens (at most 36)");
        }
    }
}
