package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.portfolio.ArtifactCatalog;
import tw.portfolio.archive.portfolio.OwnedArtifacts;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.course.CourseService;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceService;
import tw.portfolio.archive.portfolio.outcome.OutcomeService;
import tw.portfolio.archive.portfolio.selection.SelectionService;
import tw.portfolio.archive.portfolio.submission.ReceiptConfirmationService;
import tw.portfolio.archive.portfolio.submission.SubmissionService;
import tw.portfolio.archive.portfolio.teacher.AvailabilityService;
import tw.portfolio.archive.portfolio.window.WindowPolicy;
import tw.portfolio.archive.portfolio.window.WindowService;

/**
 * Wires every portfolio service over one {@link EntityManager}. In the container pass the
 * injected (transaction-scoped) EntityManager and call the services inside a JTA transaction;
 * in tests pass a resource-local one. Thread-safe when the EntityManager is.
 */
public final class PortfolioServices {
    private final CourseService courses;
    private final OutcomeService outcomes;
    private final DiversePerformanceService diverse;
    private final SelectionService selections;
    private final SubmissionService submissions;
    private final ReceiptConfirmationService receipts;
    private final AvailabilityService availability;
    private final WindowService windows;

    public PortfolioServices(EntityManager em, ArchiveEvents archiveEvents, ArtifactCatalog artifactCatalog,
            StudentDirectory students, Clock clock, PortfolioSettings settings) {
        PortfolioEvents events = new PortfolioEvents(archiveEvents, clock);
        JpaCourseRepository courseRepo = new JpaCourseRepository(em);
        JpaWindowRepository windowRepo = new JpaWindowRepository(em);
        JpaTeacherAvailabilityRepository availabilityRepo = new JpaTeacherAvailabilityRepository(em);
        JpaCourseOutcomeRepository outcomeRepo = new JpaCourseOutcomeRepository(em);
        JpaDiversePerformanceRepository diverseRepo = new JpaDiversePerformanceRepository(em);
        JpaSelectionRepository selectionRepo = new JpaSelectionRepository(em, clock);
        WindowPolicy policy = new WindowPolicy(windowRepo, clock);
        OwnedArtifacts owned = new OwnedArtifacts(artifactCatalog, settings);

        this.courses = new CourseService(courseRepo, students, events, clock);
        this.outcomes = new OutcomeService(outcomeRepo, courseRepo, availabilityRepo, owned, policy, events, settings, clock);
        this.diverse = new DiversePerformanceService(diverseRepo, selectionRepo, owned, policy, events, settings, clock);
        this.selections = new SelectionService(selectionRepo, outcomeRepo, diverseRepo, policy, events, settings, clock);
        this.submissions = new SubmissionService(selectionRepo, outcomeRepo, diverseRepo, policy, events, clock);
        this.receipts = new ReceiptConfirmationService(selectionRepo, outcomeRepo, diverseRepo, owned, policy, events, settings);
        this.availability = new AvailabilityService(availabilityRepo, events, clock);
        this.windows = new WindowService(windowRepo, events, settings);
    }

    public CourseService courses() {
        return courses;
    }

    public OutcomeService outcomes() {
        return outcomes;
    }

    public DiversePerformanceService diverse() {
        return diverse;
    }

    public SelectionService selections() {
        return selections;
    }

    public SubmissionService submissions() {
        return submissions;
    }

    public ReceiptConfirmationService receipts() {
        return receipts;
    }

    public AvailabilityService availability() {
        return availability;
    }

    public WindowService windows() {
        return windows;
    }
}
