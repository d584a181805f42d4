package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.portfolio.ArtifactCatalog;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.infrastructure.CourseListing;
import tw.portfolio.archive.portfolio.infrastructure.JpaArtifactCatalog;
import tw.portfolio.archive.portfolio.infrastructure.JpaStudentDirectory;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.receipt.ReceiptSettings;

/**
 * Produces the portfolio's services. The injected EntityManager is the container's
 * transaction-scoped proxy, so one {@link PortfolioServices} serves every request and each call
 * joins the caller's JTA transaction.
 */
@ApplicationScoped
public class PortfolioWiring {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    Config config;

    @Produces
    @Singleton
    PortfolioSettings settings() {
        return PortfolioSettings.from(key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    @Singleton
    ReceiptSettings receiptSettings() {
        return ReceiptSettings.from(key -> config.getOptionalValue(key, String.class));
    }

    @Produces
    @Singleton
    StudentDirectory studentDirectory() {
        return new JpaStudentDirectory(em);
    }

    @Produces
    @Singleton
    ArtifactCatalog artifactCatalog() {
        return new JpaArtifactCatalog(em);
    }

    @Produces
    @Singleton
    CourseListing courseListing() {
        return new CourseListing(em);
    }

    @Produces
    @Singleton
    PortfolioServices services(PortfolioSettings settings, ArtifactCatalog catalog, StudentDirectory students) {
        return new PortfolioServices(em, events, catalog, students, clock, settings);
    }
}
