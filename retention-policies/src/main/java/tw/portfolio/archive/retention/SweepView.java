package tw.portfolio.archive.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One sealing sweep as it stands.
 *
 * @param state         QUEUED, RUNNING, FINISHED or FAILED
 * @param asOf          the day it seals as of: every student whose seal date is on or before it
 * @param policyVersion the policy version whose periods it applies
 * @param examined      students not sealed when it started (enrolled ones included)
 * @param sealed        students it sealed
 * @param artifacts     artifacts it sealed with them
 */
public record SweepView(String id, State state, LocalDate asOf, int policyVersion, long examined, long sealed,
        long artifacts, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    /** A sweep's lifecycle: QUEUED → RUNNING → FINISHED | FAILED; a crash leaves RUNNING, resumed at start-up. */
    public enum State { QUEUED, RUNNING, FINISHED, FAILED }

    public boolean open() {
        return state == State.QUEUED || state == State.RUNNING;
    }
}
