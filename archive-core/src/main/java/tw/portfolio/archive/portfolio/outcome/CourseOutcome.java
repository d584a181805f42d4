package tw.portfolio.archive.portfolio.outcome;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.persistence.InstantConverter;

/**
 * A course-learning outcome: the student's description and files for one course, its state, its
 * revision (a new one after each re-upload) and every certification decision taken on it.
 */
@Entity
@Table(name = "COURSE_OUTCOME")
@Access(AccessType.FIELD)
public class CourseOutcome {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "STUDENT_ID", nullable = false, length = 36)
    private String studentId;

    @Column(name = "COURSE_ID", nullable = false, length = 36)
    private String courseId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "DESCRIPTION", nullable = false, length = 1000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COURSE_OUTCOME_ARTIFACT", joinColumns = @JoinColumn(name = "OUTCOME_ID"))
    @OrderColumn(name = "ARTIFACT_ORDER")
    @Column(name = "ARTIFACT_ID", nullable = false, length = 36)
    private List<String> artifactIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 32)
    private OutcomeState state;

    @Column(name = "REVISION", nullable = false)
    private int revision;

    @Convert(converter = InstantConverter.class)
    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "COURSE_OUTCOME_CERTIFICATION", joinColumns = @JoinColumn(name = "OUTCOME_ID"))
    @OrderBy("revision ASC")
    private List<CertificationRecord> certifications = new ArrayList<>();

    @Column(name = "DISPUTE_REASON", length = 1000)
    private String disputeReason;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected CourseOutcome() {
    }

    /** A new outcome, pending certification, at revision 1. */
    public static CourseOutcome upload(String studentId, String courseId, int academicYear, OutcomeDescription description,
            List<String> artifactIds, Instant at) {
        CourseOutcome o = new CourseOutcome();
        o.id = UUID.randomUUID().toString();
        o.studentId = studentId;
        o.courseId = courseId;
        o.academicYear = academicYear;
        o.state = OutcomeState.PENDING_CERTIFICATION;
        o.revision = 1;
        o.replaceContent(description, artifactIds);
        o.uploadedAt = at;
        return o;
    }

    /** A new version of a rejected outcome: back to pending, next revision. */
    public void reupload(OutcomeDescription newDescription, List<String> newArtifactIds, Instant at) {
        state = state.moveTo(OutcomeState.PENDING_CERTIFICATION);
        revision++;
        replaceContent(newDescription, newArtifactIds);
        uploadedAt = at;
    }

    /** The teacher's decision on the current revision; a rejection needs a reason. */
    public void certify(CertificationDecision decision, String reason, CertifyingTeacher who, Instant at) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == CertificationDecision.REJECTED && why == null) {
            throw InvalidInputException.field("reason", "is required when rejecting");
        }
        if (why != null && why.length() > 1000) {
            throw InvalidInputException.field("reason", "is longer than 1000 characters");
        }
        state = state.moveTo(decision == CertificationDecision.CERTIFIED ? OutcomeState.CERTIFIED : OutcomeState.REJECTED);
        certifications.add(new CertificationRecord(revision, decision, why, who, at));
    }

    /**
     * Moves along the lifecycle (selection, submission, receipt); illegal moves are conflicts.
     * Disputes and corrections carry data and go through {@link #dispute} and {@link #correct}.
     */
    public void moveTo(OutcomeState target) {
        if (target == OutcomeState.DISPUTED || state == OutcomeState.DISPUTED) {
            throw new ConflictException("A dispute is opened with a reason and closed by a correction");
        }
        state = state.moveTo(target);
    }

    /** The student disputes the receipt of this item. */
    public void dispute(String reason) {
        state = state.moveTo(OutcomeState.DISPUTED);
        disputeReason = reason;
    }

    /** The registrar's correction of a disputed outcome, resubmitted. */
    public void correct(OutcomeDescription newDescription, List<String> newArtifactIds) {
        state = state.moveTo(OutcomeState.SUBMITTED);
        revision++;
        replaceContent(newDescription, newArtifactIds);
        disputeReason = null;
    }

    private void replaceContent(OutcomeDescription newDescription, List<String> newArtifactIds) {
        description = newDescription.value();
        artifactIds.clear();
        artifactIds.addAll(newArtifactIds);
    }

    public String id() {
        return id;
    }

    public String studentId() {
        return studentId;
    }

    public String courseId() {
        return courseId;
    }

    public int academicYear() {
        return academicYear;
    }

    public OutcomeState state() {
        return state;
    }

    public String description() {
        return description;
    }

    public List<String> artifactIds() {
        return List.copyOf(artifactIds);
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Optional<CertificationView> latestCertification() {
        return certifications.isEmpty() ? Optional.empty()
                : Optional.of(certifications.get(certifications.size() - 1).view());
    }

    public OutcomeView view() {
        return new OutcomeView(id, studentId, courseId, academicYear, description, List.copyOf(artifactIds), state,
                revision, uploadedAt, certifications.stream().map(CertificationRecord::view).toList(), disputeReason);
    }
}
