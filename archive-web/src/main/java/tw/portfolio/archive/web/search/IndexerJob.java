package tw.portfolio.archive.web.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.index.outbox.OutboxIndexer;

/**
 * Drains the index outbox at start-up (catching up on whatever a crash left) and then every few
 * hundred milliseconds, never overlapping, so a committed change is searchable within seconds.
 */
@ApplicationScoped
public class IndexerJob {
    private static final Logger LOG = Logger.getLogger(IndexerJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    OutboxIndexer indexer;

    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, 300, TimeUnit.MILLISECONDS);
        }
    }

    /** Applies what is pending now; for tests and the rebuild. */
    public int drainNow() {
        synchronized (indexer) {
            return indexer.drain();
        }
    }

    public long failures() {
        return indexer.failures();
    }

    private void drainQuietly() {
        try {
            drainNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Index outbox drain failed; will retry", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
