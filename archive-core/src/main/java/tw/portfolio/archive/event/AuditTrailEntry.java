package tw.portfolio.archive.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: the event as the school reads it, with the acting username. The
 * Merkle log holds the same event without names; {@link #leafIndex()} links the two.
 */
@Entity
@Table(name = "AUDIT_TRAIL")
public class AuditTrailEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    protected AuditTrailEntry() {
    }

    public AuditTrailEntry(ArchiveEvent event, String actor, String detailJson, Long leafIndex) {
        this.occurredAt = event.occurredAt();
        this.eventType = event.type().name();
        this.objectId = event.objectId();
        this.studentId = event.studentPseudonym();
        this.actor = actor;
        this.actorRole = event.actorRole();
        this.outcome = event.outcome();
        this.detail = detailJson;
        this.leafIndex = leafIndex;
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

    public Long leafIndex() {
        return leafIndex;
    }
}
