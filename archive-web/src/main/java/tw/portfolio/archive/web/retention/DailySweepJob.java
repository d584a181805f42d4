package tw.portfolio.archive.web.retention;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.retention.DailySchedule;
import tw.portfolio.archive.retention.RetentionSettings;
import tw.portfolio.archive.retention.SealingSweeps;

/**
 * The daily sealing sweep at {@code archive.retention.sweepTime} in {@code archive.retention.zone}
 * (02:00 Asia/Taipei). It looks every minute whether that time has passed; the first run is the
 * next such time after start-up, never the start-up itself. A sweep already open is left to finish.
 */
@ApplicationScoped
public class DailySweepJob {
    private static final Logger LOG = Logger.getLogger(DailySweepJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    SealingSweeps sweeps;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = RetentionSettings.SWEEP_TIME, defaultValue = RetentionSettings.SWEEP_TIME_DEFAULT)
    String time;
    @Inject
    @ConfigProperty(name = RetentionSettings.ZONE, defaultValue = RetentionSettings.ZONE_DEFAULT)
    String zone;
    @Inject
    @ConfigProperty(name = RetentionSettings.DAILY_SWEEP, defaultValue = RetentionSettings.DAILY_SWEEP_DEFAULT)
    boolean enabled;

    private final tw.portfolio.archive.web.system.RepeatingJob job =
            new tw.portfolio.archive.web.system.RepeatingJob(LOG, "Daily sealing sweep failed; will retry tomorrow", this::tick);
    private DailySchedule schedule;
    private volatile Instant due;

    /** Validates the settings and schedules the job (unless disabled). */
    public synchronized void start() {
        if (!enabled || job.started()) {
            LOG.info(() -> "Daily sealing sweep " + (enabled ? "already started" : "disabled by " + RetentionSettings.DAILY_SWEEP));
            return;
        }
        schedule = DailySchedule.of(time, zone);
        due = schedule.next(clock.instant());
        LOG.info(() -> "Daily sealing sweep first due at " + due);
        job.start(scheduler, 60, 60, TimeUnit.SECONDS);
    }

    void tick() {
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return;
        }
        due = schedule.next(now);
        try {
            sweeps.run(sweeps.request(Actor.system()).id());
        } catch (ConflictException e) {
            LOG.info(() -> "Daily sealing sweep skipped: " + e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        job.stop();
    }
}
