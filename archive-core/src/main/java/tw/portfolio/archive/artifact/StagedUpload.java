package tw.portfolio.archive.artifact;

import java.nio.file.Path;

/**
 * An upload received into the staging directory: its bytes are on disk (forced later, with the
 * object they are moved into), its digest computed once while streaming, its type decided by its
 * first bytes.
 */
public record StagedUpload(Path file, String sha256, long size, ArtifactMediaType mediaType) {
}
