package tw.portfolio.archive.web.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code eventLog}: down, with the reason, while the log cannot take leaves or sign
 * them: start-up could not repair it, the latest sequencer sweep failed, no sweep has succeeded for
 * {@value #STALE_SWEEPS} sweep periods (at least {@value #MIN_STALE_MILLIS} ms), or the latest
 * checkpoint could not be issued. Reads only what the jobs recorded: it never touches the database.
 */
@Readiness
@ApplicationScoped
public class EventLogHealthCheck implements HealthCheck {
    static final String NAME = "eventLog";
    static final int STALE_SWEEPS = 30;
    static final long MIN_STALE_MILLIS = 30_000;

    @Inject
    EventLogRecovery recovery;
    @Inject
    EventLogSequencer sequencer;
    @Inject
    CheckpointService checkpoints;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named(NAME);
        String reason = reason(System.currentTimeMillis());
        if (reason == null) {
            return b.withData("lastSweep", java.time.Instant.ofEpochMilli(sequencer.lastSweep()).toString()).up().build();
        }
        return b.withData("reason", reason).down().build();
    }

    /** Why the log is not ready at {@code now}, or null. */
    String reason(long now) {
        if (recovery.failure() != null) {
            return recovery.failure();
        }
        if (sequencer.failure() != null) {
            return "sequencing fails, queued leaves wait: " + sequencer.failure();
        }
        long last = sequencer.lastSweep();
        if (last == 0) {
            return "the sequencer has not started";
        }
        long stale = Math.max(MIN_STALE_MILLIS, STALE_SWEEPS * sequencer.sweepMillis());
        if (now - last > stale) {
            return "no sequencer sweep succeeded for " + (now - last) / 1000 + " s";
        }
        if (checkpoints.failure() != null) {
            return "checkpoints cannot be issued: " + checkpoints.failure();
        }
        return null;
    }
}
