package tw.portfolio.archive.portfolio.diverse;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.persistence.InstantConverter;

/** One diverse-performance item of one academic year. */
@Entity
@Table(name = "DIVERSE_PERFORMANCE")
@Access(AccessType.FIELD)
public class DiversePerformance {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "STUDENT_ID", nullable = false, length = 36)
    private String studentId;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 32)
    private DiversePerformanceCategory category;

    @Column(name = "NAME", nullable = false, length = 400)
    private String name;

    @Column(name = "CONTENT", nullable = false, length = 4000)
    private String content;

    @Column(name = "AWARD", length = 400)
    private String award;

    @Column(name = "HOURS")
    private Integer hours;

    @Column(name = "START_DATE")
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "DIVERSE_PERFORMANCE_ARTIFACT", joinColumns = @JoinColumn(name = "ITEM_ID"))
    @OrderColumn(name = "ARTIFACT_ORDER")
    @Column(name = "ARTIFACT_ID", nullable = false, length = 36)
    private List<String> artifactIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 32)
    private DiverseState state;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "DISPUTE_REASON", length = 1000)
    private String disputeReason;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected DiversePerformance() {
    }

    /** A new item of {@code academicYear} from a validated draft whose artifacts were checked. */
    public static DiversePerformance record(String studentId, int academicYear, DiverseDraft draft, Instant at) {
        DiversePerformance d = new DiversePerformance();
        d.id = UUID.randomUUID().toString();
        d.studentId = studentId;
        d.academicYear = academicYear;
        d.state = DiverseState.RECORDED;
        d.createdAt = at;
        d.fill(draft);
        return d;
    }

    /** Selection, submission and receipt moves; disputes go through {@link #dispute} and {@link #correct}. */
    public void moveTo(DiverseState target) {
        if (target == DiverseState.DISPUTED || state == DiverseState.DISPUTED) {
            throw new ConflictException("A dispute is opened with a reason and closed by a correction");
        }
        state = state.moveTo(target);
    }

    public void dispute(String reason) {
        state = state.moveTo(DiverseState.DISPUTED);
        disputeReason = reason;
    }

    /** The registrar's correction of a disputed item, resubmitted. */
    public void correct(DiverseDraft corrected) {
        state = state.moveTo(DiverseState.SUBMITTED);
        fill(corrected);
        disputeReason = null;
    }

    private void fill(DiverseDraft d) {
        category = d.category();
        name = d.name();
        content = d.content();
        award = d.award();
        hours = d.hours();
        startDate = d.startDate();
        endDate = d.endDate();
        artifactIds.clear();
        artifactIds.addAll(d.artifactIds());
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

    public DiverseState state() {
        return state;
    }

    public List<String> artifactIds() {
        return List.copyOf(artifactIds);
    }

    public DiverseView view() {
        return new DiverseView(id, studentId, academicYear, category, name, content, award, hours, startDate, endDate,
                List.copyOf(artifactIds), state, createdAt, disputeReason);
    }
}
