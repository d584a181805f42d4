package tw.portfolio.archive.portfolio.diverse;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.OwnedArtifacts;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.SchoolCalendar;
import tw.portfolio.archive.portfolio.StudentYearLock;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowPolicy;

/**
 * Diverse performance (§4(4)): a student records an item in the academic year of today, inside
 * that year's upload window and within the yearly upload limit.
 */
public class DiversePerformanceService {
    private final DiversePerformanceRepository items;
    private final StudentYearLock lock;
    private final OwnedArtifacts artifacts;
    private final WindowPolicy windows;
    private final PortfolioEvents events;
    private final DiverseUploadLimit limit;
    private final Clock clock;

    public DiversePerformanceService(DiversePerformanceRepository items, StudentYearLock lock, OwnedArtifacts artifacts,
            WindowPolicy windows, PortfolioEvents events, PortfolioSettings settings, Clock clock) {
        this.items = items;
        this.lock = lock;
        this.artifacts = artifacts;
        this.windows = windows;
        this.events = events;
        this.limit = DiverseUploadLimit.from(settings);
        this.clock = clock;
    }

    /** Records an item for the current academic year. */
    public DiverseView create(Actor actor, String studentId, DiverseDraft draft) {
        if (!actor.isEnrolledStudent(studentId)) {
            throw new ForbiddenException("Enrolled students record their own diverse performance; a leaver's login only reads");
        }
        DiverseDraft d = draft.validated();
        int year = SchoolCalendar.academicYear(clock).value();
        windows.requireOpen(WindowPeriod.of(WindowKind.DIVERSE_UPLOAD, AcademicYear.of(year)));
        List<String> files = artifacts.require(studentId, d.artifactIds(), false);
        lock.lock(studentId, year);
        limit.checkOneMore(items.countOf(studentId, year), year);
        DiversePerformance item = DiversePerformance.record(studentId, year, d, clock.instant());
        items.add(item);
        events.record(ArchiveEventType.INGESTION, item.id(), studentId, actor,
                Map.of("kind", "diverse-performance", "category", d.category().name(),
                        "artifactIds", String.join(",", files)));
        return item.view();
    }

    /** Reads an item: its student or school staff; anyone else learns nothing. */
    public DiverseView get(Actor actor, String itemId) {
        return items.find(itemId)
                .filter(i -> actor.isStudent(i.studentId()) || actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN))
                .map(DiversePerformance::view)
                .orElseThrow(() -> new NotFoundException("No diverse-performance item " + itemId));
    }

    /** A student's items, newest first. */
    public List<DiverseView> ofStudent(Actor actor, String studentId) {
        if (!actor.isStudent(studentId) && !actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the student and school staff list a student's diverse performance");
        }
        return items.ofStudent(studentId).stream().map(DiversePerformance::view)
                .sorted(Comparator.comparing(DiverseView::createdAt).reversed()).toList();
    }
}
