package tw.portfolio.archive.web.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.Hex;
import tw.portfolio.archive.persistence.LocalTransaction;

/**
 * Audit runs and their failures in the database, each write in its own transaction; every failure
 * is recorded as a FIXITY_CHECK event with outcome FAILURE in the same transaction as its row, and
 * a run that passes records one FIXITY_CHECK SUCCESS event with its counts.
 */
@ApplicationScoped
public class AuditLedger {
    /** Object id of log events about the event log itself. */
    static final String LOG_SUBJECT = "event-log";

    @jakarta.persistence.PersistenceContext(unitName = "archive")
    jakarta.persistence.EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;

    /** A unit of work on the tables. */
    @FunctionalInterface
    interface Work<T> {
        T apply(AuditRunTable table) throws SQLException;
    }

    @Transactional
    public void create(AuditRun run) {
        with(t -> {
            t.insert(run);
            return null;
        });
    }

    /** Saves the run's state and counters, and marks objects that passed. */
    @Transactional
    public void save(AuditRun run, Collection<String> goodObjects) {
        with(t -> {
            t.update(run);
            t.markGood(goodObjects, clock.instant());
            return null;
        });
    }

    /** Saves the run and the failures it found, together, so the cursor never passes an unsaved failure. */
    @Transactional
    public void saveWithFailures(AuditRun run, Collection<String> goodObjects, List<AuditFailure> failures,
            String actorRole) {
        save(run, goodObjects);
        fail(run, failures, actorRole);
    }

    /** Stores failures (with when each object was last good) and logs each as a FIXITY_CHECK failure. */
    @Transactional
    public void fail(AuditRun run, List<AuditFailure> failures, String actorRole) {
        if (failures.isEmpty()) {
            return;
        }
        with(t -> {
            List<AuditFailure> dated = new ArrayList<>(failures.size());
            for (AuditFailure f : failures) {
                Optional<Instant> good = f.objectId() == null ? Optional.empty() : t.lastGood(f.objectId());
                dated.add(f.withLastGood(good.orElse(null)));
            }
            t.insertFailures(run.id(), dated);
            return null;
        });
        for (AuditFailure f : failures) {
            events.record(new ArchiveEvent(ArchiveEventType.FIXITY_CHECK,
                    f.artifactId() != null ? f.artifactId() : f.objectId() != null ? f.objectId() : LOG_SUBJECT, null,
                    actorRole, "FAILURE",
                    f.detectedAt(), failureDetail(run, f)));
        }
    }

    /** Saves the final state; a run that passed records its summary event. */
    @Transactional
    public void finish(AuditRun run, String actorRole) {
        with(t -> {
            t.update(run);
            return null;
        });
        AuditRun stored = find(run.id()).orElseThrow();
        if (stored.state() == AuditState.DONE && stored.failureCount() == 0) {
            Map<String, String> detail = new TreeMap<>();
            detail.put("auditId", run.id());
            detail.put("kind", run.kind().name());
            detail.put("objects", Long.toString(run.objectsChecked()));
            detail.put("files", Long.toString(run.filesChecked()));
            detail.put("bytes", Long.toString(run.bytesChecked()));
            events.record(ArchiveEvent.success(ArchiveEventType.FIXITY_CHECK, "fixity-audit:" + run.id(), null,
                    actorRole, clock.instant(), detail));
        }
    }

    @Transactional
    public Optional<AuditRun> find(String id) {
        return with(t -> t.find(id));
    }

    @Transactional
    public List<AuditRun> page(int page, int size) {
        return with(t -> t.page(page, size));
    }

    @Transactional
    public long count() {
        return with(AuditRunTable::count);
    }

    @Transactional
    public List<AuditRun> inStates(AuditState... states) {
        return with(t -> t.inStates(states));
    }

    @Transactional
    public Optional<Instant> lastDoneStart() {
        return with(AuditRunTable::lastDoneStart);
    }

    @Transactional
    public List<AuditFailure> failures(String id, int limit) {
        return with(t -> t.failures(id, limit));
    }

    @Transactional
    public AuditRunTable.Standing standing() {
        return with(AuditRunTable::standing);
    }

    private static Map<String, String> failureDetail(AuditRun run, AuditFailure f) {
        Map<String, String> detail = new TreeMap<>();
        detail.put("auditId", run.id());
        detail.put("kind", f.kind());
        detail.put("path", f.path());
        detail.put(Hex.isSha256Hex(f.expected()) ? "sha256" : "expected", f.expected());
        detail.put("actual", f.actual());
        if (f.objectId() != null) {
            detail.put("objectId", f.objectId());
        }
        return detail;
    }

    /**
     * On the transaction's own connection, the persistence context's, which the FIXITY_CHECK events
     * of the same method use too: never a second connection in one container transaction (Payara's
     * pool mishandles that; see {@code MerkleEventLog#read}). Joined to the container's transaction;
     * one of its own if the connection should come out in auto-commit, so a run's rows are never
     * half written.
     */
    private <T> T with(Work<T> work) {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("the audit tables are written inside a transaction");
        }
        return LocalTransaction.joinOrRun(c, "write the audit tables", () -> work.apply(new AuditRunTable(c)));
    }
}
