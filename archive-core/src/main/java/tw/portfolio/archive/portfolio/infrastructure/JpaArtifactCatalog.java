package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.portfolio.ArtifactCatalog;
import tw.portfolio.archive.portfolio.ArtifactSummary;

/**
 * {@link ArtifactCatalog} over the foundation's {@link Artifact} rows. A deleted artifact counts as
 * missing, so it cannot be attached to an outcome or a diverse-performance item.
 */
public final class JpaArtifactCatalog implements ArtifactCatalog {
    private final EntityManager em;

    public JpaArtifactCatalog(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<ArtifactSummary> find(String artifactId) {
        if (artifactId == null || artifactId.isBlank()) {
            return Optional.empty();
        }
        Artifact a = em.find(Artifact.class, artifactId);
        if (a == null || a.state() == Artifact.State.DELETED) {
            return Optional.empty();
        }
        return Optional.of(new ArtifactSummary(a.id(), a.studentId(), a.mediaType(), a.size(), a.sha256(),
                a.filename()));
    }
}
