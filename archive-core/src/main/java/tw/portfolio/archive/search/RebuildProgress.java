package tw.portfolio.archive.search;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a rebuild stands: documents done out of the expected total.
 *
 * @param finishedAt when it swapped in or failed, null while running
 * @param error why it failed, null otherwise
 */
public record RebuildProgress(State state, long done, long total, Instant startedAt, Instant finishedAt, String error) {

    /** Rebuild states. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    public RebuildProgress {
        Objects.requireNonNull(state, "state");
    }

    public static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, 0, 0, null, null, null);
    }

    /** Fraction done in [0, 1]; 1 when the total is unknown and it is done. */
    public double fraction() {
        if (state == State.DONE) {
            return 1.0;
        }
        return total <= 0 ? 0.0 : Math.min(1.0, (double) done / total);
    }
}
