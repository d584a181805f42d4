package tw.portfolio.archive.web.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.LogRepair;

/**
 * What start-up does for the event log after a crash, before anything new is queued: make the
 * stored tree complete ({@link LogRepair}: missing subtree hashes rebuilt from the leaves, said in
 * the server log), sequence every leaf a crash left queued, and issue a checkpoint of the result.
 * What cannot be repaired is kept as the reason the {@code eventLog} readiness check gives.
 *
 * <p>Leaves appended twice by a server before this fix (an entry appended, not marked, appended
 * again) stay: the log is append-only. Every reader finds an artifact's leaf through
 * {@code event_log_entry}, never by position, so the extra leaves only show the same event twice.
 */
@ApplicationScoped
public class EventLogRecovery {
    private static final Logger LOG = Logger.getLogger(EventLogRecovery.class.getName());

    @Inject
    MerkleEventLog log;
    @Inject
    EventLogSequencer sequencer;
    @Inject
    CheckpointService checkpoints;

    private volatile String failure;

    /** Repairs, sequences what is queued, issues a checkpoint; never throws (see {@link #failure}). */
    public void recover() {
        try {
            LogRepair.Outcome repair = log.repair();
            if (repair.complete()) {
                LOG.info(repair::describe);
            } else {
                LOG.warning(() -> "Start-up: " + repair.describe());
            }
            long queued = sequencer.sequenceQueued();
            if (queued > 0) {
                LOG.warning(() -> "Start-up: " + queued + " event log entr(ies) left queued by the last run sequenced");
            }
            checkpoints.issueIfGrown().map(Checkpoints::parse).ifPresent(cp ->
                    LOG.info(() -> "Start-up: event log checkpoint at " + cp.treeSize() + " leaves"));
            failure = null;
        } catch (RuntimeException e) {
            failure = "start-up recovery failed: " + e.getMessage();
            LOG.log(Level.SEVERE, "Event log " + failure, e);
        }
    }

    /** Why start-up could not recover the log, or null. */
    public String failure() {
        return failure;
    }
}
