package tw.portfolio.archive.portfolio;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The artifact port over a map, for tests. */
public final class InMemoryArtifactCatalog implements ArtifactCatalog {
    private final Map<String, ArtifactSummary> artifacts = new ConcurrentHashMap<>();

    /** Registers a pdf of 1 000 bytes owned by {@code studentId}; returns its id. */
    public String pdfOf(String studentId) {
        return add(studentId, "application/pdf", 1_000);
    }

    public String add(String studentId, String mediaType, long size) {
        String id = UUID.randomUUID().toString();
        artifacts.put(id, new ArtifactSummary(id, studentId, mediaType, size, "0".repeat(64), id + ".bin"));
        return id;
    }

    @Override
    public Optional<ArtifactSummary> find(String artifactId) {
        return Optional.ofNullable(artifacts.get(artifactId));
    }
}
