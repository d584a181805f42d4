package tw.portfolio.archive.portfolio.selection;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.persistence.InstantConverter;

/**
 * A student's selection for one academic year: one row per student and year (unique), so it can
 * be locked as a whole while replaced, and locked for good once submitted.
 */
@Entity
@Table(name = "SELECTION")
@Access(AccessType.FIELD)
public class Selection {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "STUDENT_ID", nullable = false, length = 36)
    private String studentId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SELECTION_OUTCOME", joinColumns = @JoinColumn(name = "SELECTION_ID"))
    @OrderColumn(name = "ITEM_ORDER")
    @Column(name = "OUTCOME_ID", nullable = false, length = 36)
    private List<String> outcomeIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SELECTION_DIVERSE", joinColumns = @JoinColumn(name = "SELECTION_ID"))
    @OrderColumn(name = "ITEM_ORDER")
    @Column(name = "DIVERSE_ID", nullable = false, length = 36)
    private List<String> diverseIds = new ArrayList<>();

    @Convert(converter = InstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected Selection() {
    }

    public static Selection empty(String studentId, int academicYear, Instant at) {
        Selection s = new Selection();
        s.id = UUID.randomUUID().toString();
        s.studentId = studentId;
        s.academicYear = academicYear;
        s.updatedAt = at;
        return s;
    }

    /** Replaces both lists; refused once the year has been submitted. */
    void replace(List<String> outcomes, List<String> diverse, Instant at) {
        requireOpen();
        outcomeIds.clear();
        outcomeIds.addAll(outcomes);
        diverseIds.clear();
        diverseIds.addAll(diverse);
        updatedAt = at;
    }

    /** Locks the selection: the year has been submitted. */
    public void markSubmitted(Instant at) {
        requireOpen();
        submittedAt = at;
    }

    void requireOpen() {
        if (submittedAt != null) {
            throw new ConflictException("The selection of academic year " + academicYear
                    + " was submitted at " + submittedAt + " and is locked");
        }
    }

    public String id() {
        return id;
    }

    public String studentId() {
        return studentId;
    }

    public int academicYear() {
        return academicYear;
    }

    public List<String> outcomeIds() {
        return List.copyOf(outcomeIds);
    }

    public List<String> diverseIds() {
        return List.copyOf(diverseIds);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public SelectionView view(int maxOutcomes, int maxDiverse) {
        return new SelectionView(studentId, academicYear, List.copyOf(outcomeIds), List.copyOf(diverseIds),
                maxOutcomes, maxDiverse, updatedAt, submittedAt);
    }
}
