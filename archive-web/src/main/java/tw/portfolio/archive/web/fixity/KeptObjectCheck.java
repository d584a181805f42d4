package tw.portfolio.archive.web.fixity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.kept.KeptObject;
import tw.portfolio.archive.kept.KeptObjects;
import tw.portfolio.archive.storage.ArtifactStore;

/**
 * The kept objects' rows against the store: every {@code KEPT_OBJECT} row's OCFL object must exist,
 * and its inventory must record for the main file the SHA-256 the row took when the object was
 * written. The storage pass already re-hashes every file of every object against its inventory; this
 * catches an object whose file and inventory were both rewritten, and one that is gone. Reads the
 * table in pages by object id through {@link KeptObjects} (no JDBC in archive-web).
 */
final class KeptObjectCheck {
    private static final int PAGE = 500;

    private final KeptObjects kept;
    private final ArtifactStore store;
    private final Clock clock;

    KeptObjectCheck(KeptObjects kept, ArtifactStore store, Clock clock) {
        this.kept = kept;
        this.store = store;
        this.clock = clock;
    }

    /** Checks every row; returns the failures in object id order. */
    List<AuditFailure> run() {
        List<AuditFailure> failures = new ArrayList<>();
        String after = "";
        while (true) {
            List<KeptObject> rows = kept.page(after, PAGE);
            rows.forEach(row -> check(row, failures));
            if (rows.size() < PAGE) {
                return failures;
            }
            after = rows.get(rows.size() - 1).objectId();
        }
    }

    private void check(KeptObject row, List<AuditFailure> out) {
        if (!store.contains(row.objectId())) {
            out.add(AuditFailure.ofKept(row.objectId(), row.objectId(), "present in the OCFL store", "missing",
                    FailureKinds.OBJECT_MISSING, clock.instant()));
            return;
        }
        Optional<String> recorded = store.sha256Of(row.objectId(), row.mainFile());
        if (!recorded.equals(Optional.of(row.sha256()))) {
            out.add(AuditFailure.ofKept(row.objectId(), row.mainFile(), row.sha256(),
                    recorded.orElse("no such file in the inventory"), FailureKinds.KEPT_DIGEST_MISMATCH,
                    clock.instant()));
        }
    }
}
