package tw.portfolio.archive.portfolio.outcome;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.persistence.InstantConverter;

/** One certification decision on one revision of an outcome, kept for every revision. */
@Embeddable
@Access(AccessType.FIELD)
public class CertificationRecord {
    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", nullable = false, length = 16)
    private CertificationDecision decision;

    @Column(name = "REASON", length = 1000)
    private String reason;

    @Column(name = "CERTIFIED_BY", nullable = false, length = 100)
    private String certifiedBy;

    @Column(name = "ON_BEHALF_OF", length = 400)
    private String onBehalfOf;

    @Convert(converter = InstantConverter.class)
    @Column(name = "DECIDED_AT", nullable = false)
    private Instant decidedAt;

    protected CertificationRecord() {
    }

    CertificationRecord(int revision, CertificationDecision decision, String reason, CertifyingTeacher who, Instant at) {
        this.revision = revision;
        this.decision = decision;
        this.reason = reason;
        this.certifiedBy = who.certifiedBy();
        this.onBehalfOf = who.onBehalfOf().isEmpty() ? null : String.join(",", who.onBehalfOf());
        this.decidedAt = at;
    }

    public CertificationView view() {
        return new CertificationView(revision, decision, reason, certifiedBy,
                onBehalfOf == null ? List.of() : List.of(onBehalfOf.split(",")), decidedAt);
    }
}
