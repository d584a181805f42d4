package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * The steps of a sweep, each run by {@link SealingSweeps} in a transaction of its own. A batch seals
 * up to {@code size} due students set-based: their STUDENT rows (SEALED_ON, SEAL_DATE,
 * SEAL_POLICY_VERSION) with one UPDATE per completion date — the seal covers every record of the
 * student ({@code SealedRecords}), so no ARTIFACT row is rewritten; their files are counted — one
 * SEALING event per student, and the sweep's counters, all or nothing.
 */
@ApplicationScoped
public class SealingBatch {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    PolicyVersions policies;
    @Inject
    Clock clock;

    /** Marks the sweep RUNNING and counts what it examines; false when it has finished already. */
    public boolean start(String id) {
        Object[] row = sweep(id);
        if (!"QUEUED".equals(row[0]) && !"RUNNING".equals(row[0])) {
            return false;
        }
        long unsealed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM STUDENT WHERE SEALED_ON IS NULL")
                .getSingleResult()).longValue();
        em.createNativeQuery("UPDATE RETENTION_SWEEP SET STATE = 'RUNNING', EXAMINED = SEALED + ?, "
                        + "STARTED_AT = COALESCE(STARTED_AT, ?) WHERE ID = ?")
                .setParameter(1, unsealed).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, id)
                .executeUpdate();
        return true;
    }

    /** Seals the next batch of due students; false (and the sweep FINISHED) when none is left. */
    public boolean sealNext(String id, int size) {
        Object[] row = sweep(id);
        if (!"RUNNING".equals(row[0])) {
            return false;
        }
        LocalDate asOf = SqlValues.date(row[1]);
        int version = ((Number) row[2]).intValue();
        PolicyVersion policy = policies.version(version)
                .orElseThrow(() -> new IllegalStateException("No retention policy version " + version));
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT ID, COMPLETED_ON FROM STUDENT WHERE SEALED_ON IS NULL "
                        + "AND COMPLETED_ON <= ? FETCH FIRST " + size + " ROWS ONLY")
                .setParameter(1, Date.valueOf(policy.lastCompletionSealedBy(asOf))).getResultList();
        if (due.isEmpty()) {
            em.createNativeQuery("UPDATE RETENTION_SWEEP SET STATE = 'FINISHED', FINISHED_AT = ? WHERE ID = ?")
                    .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, id).executeUpdate();
            return false;
        }
        Map<LocalDate, List<String>> byCompletion = new TreeMap<>();
        for (Object[] d : due) {
            byCompletion.computeIfAbsent(SqlValues.date(d[1]), k -> new ArrayList<>()).add((String) d[0]);
        }
        // By primary key only (the rows were read unsealed in this transaction, and one sweep runs at a time):
        // with SEALED_ON in the WHERE clause Derby walks IX_STUDENT_UNSEALED, every unsealed student, while it
        // changes.
        for (Map.Entry<LocalDate, List<String>> group : byCompletion.entrySet()) {
            List<String> ids = group.getValue();
            Query q = em.createNativeQuery("UPDATE STUDENT SET SEALED_ON = ?, SEAL_DATE = ?, SEAL_POLICY_VERSION = ?, "
                    + "VERSION = VERSION + 1 WHERE ID IN (" + SqlValues.marks(ids.size()) + ")");
            q.setParameter(1, Date.valueOf(asOf)).setParameter(2, Date.valueOf(policy.sealDate(group.getKey())))
                    .setParameter(3, version);
            bind(q, 4, ids).executeUpdate();
        }
        List<String> candidates = due.stream().map(d -> (String) d[0]).toList();
        // By primary key, filtered here: with SEALED_ON in the WHERE clause Derby reads every row sealed today.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT ID, SEAL_DATE, COMPLETED_ON, SEALED_ON, "
                + "SEAL_POLICY_VERSION FROM STUDENT WHERE ID IN (" + SqlValues.marks(candidates.size()) + ")"), 1,
                candidates).getResultList();
        List<Object[]> sealedRows = rows.stream().filter(r -> asOf.equals(SqlValues.date(r[3])) && r[4] != null
                && ((Number) r[4]).intValue() == version).toList();
        for (Object[] r : sealedRows) {
            // The rows are locked now; a completion date corrected between the read and the update is caught here.
            if (!policy.sealDate(SqlValues.date(r[2])).equals(SqlValues.date(r[1]))) {
                throw new CompletionChanged((String) r[0]);
            }
        }
        List<String> sealed = sealedRows.stream().map(r -> (String) r[0]).toList();
        Map<String, Long> artifacts = new HashMap<>();
        if (!sealed.isEmpty()) {
            // One index probe per student (IX_ARTIFACT_STUDENT), on the transaction's own connection: a
            // GROUP BY over an IN list of the batch made Derby scan the whole ARTIFACT table for every
            // batch (sampled in bench/retention-sweep.sh: most of the sweep's time). A student's files
            // are ACTIVE until an erasure removes their rows, so every row counts.
            java.sql.Connection c = em.unwrap(java.sql.Connection.class);
            try (java.sql.PreparedStatement count = c.prepareStatement(
                    "SELECT COUNT(*) FROM ARTIFACT WHERE STUDENT_ID = ?")) {
                for (String studentId : sealed) {
                    count.setString(1, studentId);
                    try (java.sql.ResultSet rs = count.executeQuery()) {
                        artifacts.put(studentId, rs.next() ? rs.getLong(1) : 0L);
                    }
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("counting the files of sealed students failed", e);
            }
            // The seal is the student's row: every record of a sealed student is sealed with it
            // (SealedRecords), so the sweep rewrites one STUDENT row per student, not every ARTIFACT row
            // and its listing-index entry (bench/retention-sweep.sh's floor shows what that costs).
        }
        long artifactCount = 0;
        for (Object[] s : sealedRows) {
            String studentId = (String) s[0];
            long n = artifacts.getOrDefault(studentId, 0L);
            artifactCount += n;
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("sealDate", SqlValues.date(s[1]).toString());
            detail.put("policyVersion", Integer.toString(version));
            detail.put("artifactsSealed", Long.toString(n));
            detail.put("sweep", id);
            events.record(ArchiveEvent.success(ArchiveEventType.SEALING, "student:" + studentId, studentId,
                    PolicyVersions.SYSTEM_ROLE, clock.instant(), detail));
        }
        em.createNativeQuery("UPDATE RETENTION_SWEEP SET SEALED = SEALED + ?, ARTIFACTS = ARTIFACTS + ? WHERE ID = ?")
                .setParameter(1, (long) sealed.size()).setParameter(2, artifactCount).setParameter(3, id).executeUpdate();
        return true;
    }

    /** Marks the sweep FAILED with the reason, unless it finished. */
    public Void fail(String id, String why) {
        em.createNativeQuery("UPDATE RETENTION_SWEEP SET STATE = 'FAILED', FINISHED_AT = ?, ERROR = ? WHERE ID = ? "
                        + "AND STATE <> 'FINISHED'")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, why).setParameter(3, id).executeUpdate();
        return null;
    }

    /** A student's completion date was corrected while their batch was sealed: the batch is rolled back and run again. */
    static final class CompletionChanged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CompletionChanged(String studentId) {
            super("The completion date of student " + studentId + " changed while the sweep sealed them");
        }
    }

    private Object[] sweep(String id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT STATE, AS_OF, POLICY_VERSION FROM RETENTION_SWEEP WHERE ID = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No sweep " + id);
        }
        return rows.get(0);
    }

    private static Query bind(Query q, int first, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(first + i, values.get(i));
        }
        return q;
    }
}
