package tw.portfolio.archive.web.integrity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.LogRepair;
import tw.portfolio.archive.web.system.RepeatingJob;

/**
 * What start-up does for the event log after a crash, before anything new is queued: make the
 * stored tree complete ({@link LogRepair}: missing subtree hashes rebuilt from the leaves, said in
 * the server log), sequence every leaf a crash left queued, and issue a checkpoint of the result.
 * What cannot be repaired is kept as the reason the {@code eventLog} readiness check gives, and the
 * whole recovery is tried again every {@code archive.log.recoveryRetrySeconds} until it succeeds
 * ({@link #retryWhileFailed}): a failure that passes (a lock timeout while the database was busy)
 * must not keep the archive unready until the next restart, and one that does not pass (an altered
 * hash) keeps failing with its reason.
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
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "archive.log.recoveryRetrySeconds",
            defaultValue = "10")
    long retrySeconds;

    private volatile String failure;
    private final RepeatingJob retries = new RepeatingJob(LOG, "Event log recovery retry failed", this::retry);

    /**
     * After start-up: if {@link #recover} failed, tries it again every {@code retrySeconds} until it
     * succeeds (then the retries stop).
     */
    public void retryWhileFailed() {
        if (failure != null) {
            retries.start(scheduler, retrySeconds, retrySeconds, TimeUnit.SECONDS);
        }
    }

    void retry() {
        if (failure == null) {
            retries.stop();
            return;
        }
        recover();
        if (failure == null) {
            LOG.warning("Event log recovery succeeded on a retry; the archive's event log is ready");
            retries.stop();
        }
    }

    @PreDestroy
    void stop() {
        retries.stop();
    }

    /** Repairs, sequences what is queued, issues a checkpoint; never throws (see {@link #failure}). */
    public synchronized void recover() {
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
            String previous = failure;
            failure = "start-up recovery failed: " + e.getMessage();
            if (failure.equals(previous)) {
                LOG.warning(() -> "Event log recovery still fails: " + e.getMessage());
            } else {
                LOG.log(Level.SEVERE, "Event log " + failure, e);
            }
        }
    }

    /** Why start-up could not recover the log, or null. */
    public String failure() {
        return failure;
    }
}
