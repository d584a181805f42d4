package tw.portfolio.archive.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One enrollment change of a student (§7), as the registrar recorded it. A correction moves its
 * date or revokes it; the student's status and completion date are then recomputed from all
 * changes that stand ({@link EnrollmentLifecycle#replay}).
 */
@Entity
@Table(name = "ENROLLMENT_CHANGE")
public class EnrollmentChange {
    @Id
    @Column(name = "ID", length = 36)
    private String id;
    @Column(name = "STUDENT_ID", length = 36, nullable = false)
    private String studentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_TYPE", nullable = false)
    private EnrollmentChangeType type;
    @Column(name = "EFFECTIVE_DATE", nullable = false)
    private LocalDate effectiveDate;
    @Column(name = "SCHOOL_CODE", length = 6)
    private String schoolCode;
    @Column(name = "REASON", nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS_AFTER", nullable = false)
    private Student.Status statusAfter;
    @Column(name = "REVOKED", nullable = false)
    private boolean revoked;
    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;
    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected EnrollmentChange() {
    }

    public EnrollmentChange(String studentId, EnrollmentChangeType type, LocalDate effectiveDate, SchoolCode schoolCode,
            String reason, Student.Status statusAfter, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID().toString();
        this.studentId = studentId;
        this.type = type;
        this.effectiveDate = effectiveDate;
        this.schoolCode = schoolCode == null ? null : schoolCode.value();
        this.reason = reason;
        this.statusAfter = statusAfter;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String id() {
        return id;
    }

    public String studentId() {
        return studentId;
    }

    public EnrollmentChangeType type() {
        return type;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String schoolCode() {
        return schoolCode;
    }

    public String reason() {
        return reason;
    }

    public Student.Status statusAfter() {
        return statusAfter;
    }

    public boolean revoked() {
        return revoked;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public EnrollmentLifecycle.Step step() {
        return new EnrollmentLifecycle.Step(type, effectiveDate);
    }

    /** Moves the change to another date. */
    public void redate(LocalDate date) {
        this.effectiveDate = date;
    }

    /** The change no longer stands. */
    public void revoke() {
        this.revoked = true;
    }
}
