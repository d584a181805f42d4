package tw.portfolio.archive.portfolio.window;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.persistence.InstantConverter;
import tw.portfolio.archive.portfolio.PortfolioSettings;

/**
 * One window: open from {@code opensAt} inclusive until {@code closesAt} exclusive. A receipt
 * confirmation window lasts at least {@link PortfolioSettings#receiptWindowMinDays()} days.
 */
@Entity(name = "PortfolioWindow")
@Table(name = "PORTFOLIO_WINDOW")
@Access(AccessType.FIELD)
public class Window {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 32)
    private WindowKind kind;

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int academicYear;

    @Column(name = "SEMESTER", nullable = false)
    private int semester;

    @Convert(converter = InstantConverter.class)
    @Column(name = "OPENS_AT", nullable = false)
    private Instant opensAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "CLOSES_AT", nullable = false)
    private Instant closesAt;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private long rowVersion;

    protected Window() {
    }

    /** A new window, checked against the rules for its kind. */
    public static Window define(WindowPeriod period, Instant opensAt, Instant closesAt, PortfolioSettings settings) {
        Window w = new Window();
        w.id = UUID.randomUUID().toString();
        w.kind = period.kind();
        w.academicYear = period.academicYear();
        w.semester = period.semester();
        w.reschedule(opensAt, closesAt, settings);
        return w;
    }

    /** Moves the window; the same rules as {@link #define}. */
    public void reschedule(Instant opens, Instant closes, PortfolioSettings settings) {
        if (opens == null || closes == null) {
            throw InvalidInputException.field(opens == null ? "opensAt" : "closesAt", "is required");
        }
        if (!closes.isAfter(opens)) {
            throw InvalidInputException.field("closesAt", "must be after opensAt");
        }
        Duration minimum = Duration.ofDays(settings.receiptWindowMinDays());
        if (kind == WindowKind.RECEIPT_CONFIRMATION && Duration.between(opens, closes).compareTo(minimum) < 0) {
            throw RuleViolationException.of("receipt-window-minimum", "The receipt confirmation window must last at least "
                    + settings.receiptWindowMinDays() + " days; " + opens + " to " + closes + " is shorter");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    /** True when {@code now} is inside: {@code opensAt <= now < closesAt}. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** True when the window has closed at {@code now}. */
    public boolean hasClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    public WindowPeriod period() {
        return new WindowPeriod(kind, academicYear, semester);
    }

    public String id() {
        return id;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    /** An immutable copy for callers outside the transaction. */
    public WindowView view() {
        return new WindowView(id, kind, academicYear, semester, opensAt, closesAt);
    }
}
