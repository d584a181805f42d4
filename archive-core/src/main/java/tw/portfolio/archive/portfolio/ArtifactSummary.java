package tw.portfolio.archive.portfolio;

import java.util.Objects;

/**
 * What the portfolio needs to know about an uploaded file.
 *
 * @param id the artifact's opaque id
 * @param ownerStudentId the student who uploaded it
 * @param mediaType its media type, for example {@code application/pdf}
 * @param size bytes
 * @param sha256 lowercase hex digest
 * @param filename the name it was uploaded with
 */
public record ArtifactSummary(String id, String ownerStudentId, String mediaType, long size, String sha256,
        String filename) {
    public ArtifactSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerStudentId, "ownerStudentId");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(filename, "filename");
    }
}
