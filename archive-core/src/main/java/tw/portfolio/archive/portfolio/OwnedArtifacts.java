package tw.portfolio.archive.portfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;

/**
 * The rule that a student attaches only their own uploaded files: an id that does not exist and an
 * id owned by someone else give the same {@link NotFoundException}, so a guess reveals nothing.
 */
public final class OwnedArtifacts {
    private final ArtifactCatalog catalog;
    private final ProofFileRule proofFiles;

    public OwnedArtifacts(ArtifactCatalog catalog, PortfolioSettings settings) {
        this.catalog = catalog;
        this.proofFiles = new ProofFileRule(settings);
    }

    /**
     * Checks every id and returns them in order.
     *
     * @param atLeastOne whether an empty list is refused (outcomes need a file; diverse items may have none)
     */
    public List<String> require(String studentId, List<String> artifactIds, boolean atLeastOne) {
        List<String> ids = artifactIds == null ? List.of() : artifactIds;
        if (atLeastOne && ids.isEmpty()) {
            throw InvalidInputException.field("artifactIds", "at least one file is required");
        }
        Set<String> seen = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw InvalidInputException.field("artifactIds", "an id is blank");
            }
            if (!seen.add(id)) {
                throw InvalidInputException.field("artifactIds", "lists " + id + " twice");
            }
            ArtifactSummary artifact = catalog.find(id)
                    .filter(a -> a.ownerStudentId().equals(studentId))
                    .orElseThrow(() -> new NotFoundException("No artifact " + id));
            proofFiles.check(artifact);
            result.add(id);
        }
        return List.copyOf(result);
    }
}
