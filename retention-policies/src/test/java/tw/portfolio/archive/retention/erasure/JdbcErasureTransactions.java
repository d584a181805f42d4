package tw.portfolio.archive.retention.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.JdbcLogQueue;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;
import tw.portfolio.archive.json.JsonText;

/**
 * The erasure's transactions over plain JDBC, as the server runs them but without a container: each
 * step on a connection of its own, committed; each event queued as a Merkle leaf (ids, digests and
 * pseudonyms, as the server's event log writes it) and written to the audit trail in the same
 * transaction, the leaves sequenced once it committed.
 */
final class JdbcErasureTransactions implements ErasureTransactions {
    private final DiskArchive archive;

    JdbcErasureTransactions(DiskArchive archive) {
        this.archive = archive;
    }

    @Override
    public <T> T inTransaction(String what, Work<T> work) {
        T result;
        try (Connection c = archive.connection()) {
            c.setAutoCommit(false);
            try {
                List<SQLException> failures = new ArrayList<>();
                result = work.apply(c, (event, clear) -> {
                    try {
                        record(c, event, clear);
                    } catch (SQLException e) {
                        failures.add(e);
                        throw new IllegalStateException(e);
                    }
                });
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
        }
        archive.sequenceLog();
        return result;
    }

    /** Queues the event's leaf and writes its audit trail entry, on {@code c}. */
    static void record(Connection c, ArchiveEvent event, Map<String, String> clear) throws SQLException {
        long entry = new JdbcLogQueue(c).enqueue(leaf(event).toLeafData());
        Map<String, String> detail = new TreeMap<>(event.detail());
        detail.putAll(clear);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO AUDIT_TRAIL (OCCURRED_AT, EVENT_TYPE, OBJECT_ID,"
                + " STUDENT_ID, ACTOR, ACTOR_ROLE, OUTCOME, DETAIL, LOG_ENTRY) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(event.occurredAt()));
            ps.setString(2, event.type().name());
            ps.setString(3, event.objectId());
            ps.setString(4, event.studentPseudonym());
            ps.setString(5, clear.getOrDefault("actor", "system"));
            ps.setString(6, event.actorRole());
            ps.setString(7, event.outcome());
            ps.setString(8, JsonText.object(detail));
            ps.setLong(9, entry);
            ps.executeUpdate();
        }
    }

    /** The leaf of an event as the server's MerkleEventLog makes it. */
    static EventRecord leaf(ArchiveEvent event) {
        List<String> subjects = new ArrayList<>();
        subjects.add(event.objectId());
        if (event.studentPseudonym() != null) {
            subjects.add("student:" + event.studentPseudonym());
        }
        Map<String, String> digests = new TreeMap<>();
        Map<String, String> detail = new TreeMap<>(event.detail());
        String sha = detail.remove("sha256");
        if (sha != null) {
            digests.put("sha256", sha);
        }
        if (!"SUCCESS".equals(event.outcome()) && !"FAILURE".equals(event.outcome())) {
            detail.put("result", event.outcome());
        }
        return EventRecord.of(EventType.valueOf(event.type().name()), event.occurredAt(), event.actorRole(), subjects,
                digests, "FAILURE".equals(event.outcome()) ? EventOutcome.FAILURE : EventOutcome.SUCCESS,
                detail.isEmpty() ? "" : JsonText.object(detail));
    }

    static LogSequencer sequencer() {
        return LogSequencer.withBatch(LogSequencer.DEFAULT_BATCH);
    }
}
