package tw.portfolio.archive.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import tw.portfolio.archive.id.TimeOrderedIds;

/**
 * One line of the audit trail: the event as the school reads it, with the acting username. The
 * Merkle log holds the same event without names; {@link #logEntry()} links the two.
 */
@Entity
@Table(name = "AUDIT_TRAIL")
public class AuditTrailEntry {
    /**
     * Made here, time-ordered, by the log entries' generator (rows before it have small identity
     * values, all below these): an identity column cost an extra round trip per row to read the
     * value back and kept the rows of one transaction out of a JDBC batch.
     */
    @Id
    @Column(name = "ID")
    private Long id;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;
    @Column(name = "EVENT_TYPE", nullable = false)
    private String eventType;
    @Column(name = "OBJECT_ID", nullable = false)
    private String objectId;
    @Column(name = "STUDENT_ID")
    private String studentId;
    @Column(name = "ACTOR", nullable = false)
    private String actor;
    @Column(name = "ACTOR_ROLE", nullable = false)
    private String actorRole;
    @Column(name = "OUTCOME", nullable = false)
    private String outcome;
    @Column(name = "DETAIL", length = 4000)
    private String detail;
    @Column(name = "LEAF_INDEX")
    private Long leafIndex;
    @Column(name = "LOG_ENTRY")
    private Long logEntry;

    protected AuditTrailEntry() {
    }

    public AuditTrailEntry(ArchiveEvent event, String actor, String detailJson, Long logEntry) {
        this.id = TimeOrderedIds.next();
        this.occurredAt = event.occurredAt();
        this.eventType = event.type().name();
        this.objectId = event.objectId();
        this.studentId = event.studentPseudonym();
        this.actor = actor;
        this.actorRole = event.actorRole();
        this.outcome = event.outcome();
        this.detail = detailJson;
        this.logEntry = logEntry;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String eventType() {
        return eventType;
    }

    public String objectId() {
        return objectId;
    }

    public String studentId() {
        return studentId;
    }

    public String actor() {
        return actor;
    }

    public String actorRole() {
        return actorRole;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    /** The leaf index, for entries recorded before leaves were queued (see {@link #logEntry()}). */
    public Long leafIndex() {
        return leafIndex;
    }

    /** The event log queue entry of this event; the log's entry table says which leaf it became. */
    public Long logEntry() {
        return logEntry;
    }
}
