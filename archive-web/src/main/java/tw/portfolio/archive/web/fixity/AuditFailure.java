package tw.portfolio.archive.web.fixity;

import java.time.Instant;
import java.util.Objects;

/**
 * One failure, named exactly: the artifact (null for a kept object: receipt, submission package or
 * audit report) and OCFL object (both null for failures of the event log itself), the file or record field, what was expected and what was found, what kind of failure,
 * when it was detected and when the object last passed (null if never seen good).
 */
public record AuditFailure(String artifactId, String objectId, String path, String expected, String actual,
        String kind, Instant detectedAt, Instant lastGoodAt) {
    /** The OCFL object id prefix the archive uses: {@code artifact-<artifact id>}. */
    public static final String OBJECT_PREFIX = "artifact-";

    /** Validates the required parts. */
    public AuditFailure {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    /** A failure of one artifact's record or file. */
    public static AuditFailure ofArtifact(String artifactId, String path, String expected, String actual, String kind,
            Instant at) {
        return new AuditFailure(artifactId, OBJECT_PREFIX + artifactId, path, expected, actual, kind, at, null);
    }

    /** A failure of a kept object (receipt, submission package, audit report) or its row. */
    public static AuditFailure ofKept(String objectId, String path, String expected, String actual, String kind,
            Instant at) {
        return new AuditFailure(null, objectId, path, expected, actual, kind, at, null);
    }

    /** A failure of the event log's storage. */
    public static AuditFailure ofLog(String path, String expected, String actual, String kind, Instant at) {
        return new AuditFailure(null, null, path, expected, actual, kind, at, null);
    }

    /** The artifact id an OCFL object id names, or null when it is not an artifact object. */
    public static String artifactIdOf(String objectId) {
        return objectId != null && objectId.startsWith(OBJECT_PREFIX) ? objectId.substring(OBJECT_PREFIX.length())
                : null;
    }

    /** What failed, for people: the artifact, the kept object, or the event log. */
    public String subject() {
        return artifactId != null ? "artifact " + artifactId : objectId != null ? "object " + objectId : "event log";
    }

    /** The same failure with the time its object last passed. */
    public AuditFailure withLastGood(Instant at) {
        return new AuditFailure(artifactId, objectId, path, expected, actual, kind, detectedAt, at);
    }

    /** One line for logs and reports. */
    public String describe() {
        return kind + " " + subject() + " " + path
                + ": expected " + expected + ", actual " + actual;
    }
}
