package tw.portfolio.archive.retention.erasure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.storage.ArtifactStore;

/**
 * No resurrection (issue 15): what an erasure removed stays removed. Run at start-up and after any
 * restore or re-import, it (1) resumes erasures a crash interrupted, (2) erases again a student row
 * that came back under an erased student's id, and (3) finds OCFL objects, ARTIFACT and KEPT_OBJECT
 * rows that match a remembered {@code ERASED_ITEM} by id and digest, removes them again and records
 * a DELETION event whose outcome is {@value #OUTCOME}. The memory holds ids and digests only.
 */
public final class ResurrectionGuard {
    /** The outcome of the DELETION event of something erased a second time. */
    public static final String OUTCOME = "RESURRECTION_ERASED";
    private static final Logger LOG = Logger.getLogger(ResurrectionGuard.class.getName());

    private final ErasureEngine engine;
    private final ErasureTransactions tx;
    private final ArtifactStore store;
    private final SearchIndex index;
    private final DatabaseFiles files;
    private final Clock clock;

    /** @param index the search index, or null without one */
    public ResurrectionGuard(ErasureEngine engine, ErasureTransactions tx, ArtifactStore store, SearchIndex index,
            DatabaseFiles files, Clock clock) {
        this.engine = engine;
        this.tx = tx;
        this.store = store;
        this.index = index;
        this.files = files;
        this.clock = clock;
    }

    /** What a run found and did. */
    public record Report(int resumed, int studentsErasedAgain, int itemsErasedAgain) {
    }

    public Report run() {
        List<ErasureLedger.Erasure> unfinished = tx.inTransaction("list unfinished erasures",
                (c, events) -> new ErasureLedger(c).unfinished());
        for (ErasureLedger.Erasure e : unfinished) {
            LOG.warning(() -> "Resuming erasure " + e.requestId() + " from step " + e.step());
            engine.erase(e.studentId(), e.requestId());
        }
        List<String> returned = tx.inTransaction("find returned students", (c, events) -> Sql.strings(c,
                "SELECT ID FROM STUDENT WHERE ID IN (SELECT STUDENT_ID FROM ERASURE WHERE STEP = 'DONE')"));
        for (String studentId : returned) {
            LOG.warning(() -> "An erased student's record came back (" + studentId + "); erasing it again");
            engine.erase(studentId, UUID.randomUUID().toString());
        }
        List<ErasureLedger.Item> remembered = tx.inTransaction("read the erasure memory",
                (c, events) -> new ErasureLedger(c).allFileItems());
        List<ErasureLedger.Item> back = new ArrayList<>();
        for (ErasureLedger.Item item : remembered) {
            boolean object = objectMatches(item);
            int rows = tx.inTransaction("remove a returned item", (c, events) -> {
                int n = Sql.update(c, "DELETE FROM COURSE_OUTCOME_ARTIFACT WHERE ARTIFACT_ID IN"
                        + " (SELECT ID FROM ARTIFACT WHERE ID = ? AND SHA256 = ?)", item.itemId(), item.sha256());
                n += Sql.update(c, "DELETE FROM DIVERSE_PERFORMANCE_ARTIFACT WHERE ARTIFACT_ID IN"
                        + " (SELECT ID FROM ARTIFACT WHERE ID = ? AND SHA256 = ?)", item.itemId(), item.sha256());
                n += Sql.update(c, "DELETE FROM ARTIFACT WHERE ID = ? AND SHA256 = ?", item.itemId(), item.sha256());
                n += Sql.update(c, "DELETE FROM KEPT_OBJECT WHERE OBJECT_ID = ? AND SHA256 = ?", item.objectId(),
                        item.sha256());
                if (n > 0 || object) {
                    String studentId = Sql.strings(c, "SELECT e.STUDENT_ID FROM ERASURE e JOIN ERASED_ITEM i"
                            + " ON e.REQUEST_ID = i.REQUEST_ID WHERE i.ITEM_ID = ?", item.itemId()).get(0);
                    String requestId = Sql.strings(c, "SELECT REQUEST_ID FROM ERASED_ITEM WHERE ITEM_ID = ?",
                            item.itemId()).get(0);
                    events.record(ErasureEngine.deletion(item, studentId, requestId, clock.instant(), OUTCOME), Map.of());
                }
                return n;
            });
            if (rows > 0 || object) {
                if (object) {
                    store.purge(item.objectId());
                }
                if (index != null) {
                    index.delete(item.itemId());
                }
                back.add(item);
                LOG.warning(() -> "Erased again: " + item.kind() + " " + item.itemId() + " (sha256 " + item.sha256()
                        + ") had come back");
            }
        }
        if (!back.isEmpty()) {
            if (index != null) {
                index.purgeDeleted();
            }
            files.forget(StudentRows.TOUCHED_TABLES);
        }
        return new Report(unfinished.size(), returned.size(), back.size());
    }

    /** True when the store holds the item's object with a file of the remembered digest. */
    private boolean objectMatches(ErasureLedger.Item item) {
        if (item.objectId() == null || !store.contains(item.objectId())) {
            return false;
        }
        for (String file : store.files(item.objectId())) {
            if (store.sha256Of(item.objectId(), file).filter(item.sha256()::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
