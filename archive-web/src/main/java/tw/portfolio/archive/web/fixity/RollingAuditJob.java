package tw.portfolio.archive.web.fixity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.web.system.RepeatingJob;

/**
 * The rolling audit: at start-up it resumes a rolling run left RUNNING or INTERRUPTED from its
 * persisted cursor; otherwise it starts a new run whenever the newest passing run (full or rolling)
 * started more than {@code archive.fixity.period} ago, so every stored file is re-hashed at least
 * once per period, within {@code archive.fixity.mbPerSecond}. It looks again every minute, never
 * overlapping, and yields to full audits.
 */
@ApplicationScoped
public class RollingAuditJob {
    private static final Logger LOG = Logger.getLogger(RollingAuditJob.class.getName());
    static final long TICK_SECONDS = 60;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    FixityAuditor auditor;
    @Inject
    AuditLedger ledger;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = FixitySettings.PERIOD, defaultValue = FixitySettings.PERIOD_DEFAULT)
    String period;
    @Inject
    @ConfigProperty(name = FixitySettings.MB_PER_SECOND, defaultValue = FixitySettings.MB_PER_SECOND_DEFAULT)
    double mbPerSecond;
    @Inject
    @ConfigProperty(name = FixitySettings.ROLLING_ENABLED, defaultValue = FixitySettings.ROLLING_ENABLED_DEFAULT)
    boolean enabled;

    private final RepeatingJob job = new RepeatingJob(LOG, "Rolling fixity audit failed; will retry", this::tick);
    private Duration every;
    private long bytesPerSecond;

    /** Validates the settings and schedules the job (unless disabled). */
    public synchronized void start() {
        if (!enabled || job.started()) {
            LOG.info(() -> "Rolling fixity audit " + (enabled ? "already started" : "disabled by " + FixitySettings.ROLLING_ENABLED));
            return;
        }
        every = FixitySettings.period(period);
        bytesPerSecond = FixitySettings.bytesPerSecond(mbPerSecond);
        job.start(scheduler, 5, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Resumes or starts a rolling run when one is due; returns the run it carried out, if any. */
    Optional<AuditRun> tick() {
        if (auditor.fullRunning()) {
            return Optional.empty();
        }
        Optional<AuditRun> resumable = resumable();
        if (resumable.isPresent()) {
            return Optional.of(auditor.runRolling(resumable.get(), bytesPerSecond));
        }
        Instant now = clock.instant();
        Optional<Instant> last = ledger.lastDoneStart();
        if (last.isPresent() && last.get().plus(every).isAfter(now)) {
            return Optional.empty();
        }
        AuditRun run = AuditRun.queued(UUID.randomUUID().toString(), AuditKind.ROLLING, now, FixityAuditor.SYSTEM_ROLE);
        ledger.create(run);
        return Optional.of(auditor.runRolling(run, bytesPerSecond));
    }

    private Optional<AuditRun> resumable() {
        List<AuditRun> open = ledger.inStates(AuditState.QUEUED, AuditState.RUNNING, AuditState.INTERRUPTED);
        return open.stream().filter(r -> r.kind() == AuditKind.ROLLING && r.finishedAt() == null).findFirst();
    }

    @PreDestroy
    void stop() {
        job.stop();
    }
}
