package tw.portfolio.archive.web.fixity;

import java.time.Instant;
import java.util.Objects;

/** One audit run as stored: what kind, where it is, how much it checked, where it would resume. */
public record AuditRun(String id, AuditKind kind, AuditState state, AuditPhase phase, Instant createdAt,
        Instant startedAt, Instant finishedAt, long objectsChecked, long objectsTotal, long filesChecked,
        long bytesChecked, int failureCount, String cursor, String startedBy, String note) {

    /** Validates the required parts. */
    public AuditRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(startedBy, "startedBy");
    }

    /** A new queued run. */
    public static AuditRun queued(String id, AuditKind kind, Instant now, String startedBy) {
        return new AuditRun(id, kind, AuditState.QUEUED, AuditPhase.STORAGE, now, null, null, 0, 0, 0, 0, 0, null,
                startedBy, null);
    }

    /** How far the run is, 0 to 1: the storage pass is nine tenths of the work. */
    public double progress() {
        if (state == AuditState.DONE || phase == AuditPhase.COMPLETE) {
            return 1.0;
        }
        return switch (phase) {
            case STORAGE -> objectsTotal == 0 ? 0.0 : 0.9 * Math.min(1.0, (double) objectsChecked / objectsTotal);
            case RECORDS -> 0.9;
            case LOG -> 0.95;
            case COMPLETE -> 1.0;
        };
    }

    /** True while the run may still make progress. */
    public boolean active() {
        return state == AuditState.QUEUED || state == AuditState.RUNNING;
    }
}
