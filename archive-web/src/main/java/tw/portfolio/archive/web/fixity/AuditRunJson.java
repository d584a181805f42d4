package tw.portfolio.archive.web.fixity;

import java.time.Instant;
import java.util.List;

/** An audit run as the API answers it; {@code failures} is null in lists (see {@code failureCount}). */
public record AuditRunJson(String id, String kind, String state, String phase, double progress, long checked,
        long bytes, long objectsChecked, long objectsTotal, int failureCount, List<FailureJson> failures,
        Instant createdAt, Instant startedAt, Instant finishedAt, String note) {

    /** One failure, named exactly. */
    public record FailureJson(String artifactId, String objectId, String path, String expected, String actual,
            String kind, Instant detectedAt, Instant lastGoodAt) {
        static FailureJson of(AuditFailure f) {
            return new FailureJson(f.artifactId(), f.objectId(), f.path(), f.expected(), f.actual(), f.kind(),
                    f.detectedAt(), f.lastGoodAt());
        }
    }

    static AuditRunJson of(AuditRun r, List<AuditFailure> failures) {
        return new AuditRunJson(r.id(), r.kind().name(), r.state().name(), r.phase().name(), r.progress(),
                r.filesChecked(), r.bytesChecked(), r.objectsChecked(), r.objectsTotal(), r.failureCount(),
                failures == null ? null : failures.stream().map(FailureJson::of).toList(), r.createdAt(),
                r.startedAt(), r.finishedAt(), r.note());
    }
}
