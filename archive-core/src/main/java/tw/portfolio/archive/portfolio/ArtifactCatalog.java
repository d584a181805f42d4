package tw.portfolio.archive.portfolio;

import java.util.Optional;

/**
 * Port to the uploaded artifacts (foundation issue): the portfolio only needs to know who owns a
 * file, what it is and how big. Implemented by the integrator.
 */
public interface ArtifactCatalog {
    /** The artifact's summary, or empty when no artifact has this id. */
    Optional<ArtifactSummary> find(String artifactId);
}
