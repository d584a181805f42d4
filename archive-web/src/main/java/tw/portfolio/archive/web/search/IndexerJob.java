package tw.portfolio.archive.web.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import tw.portfolio.archive.index.outbox.OutboxIndexer;
import tw.portfolio.archive.web.system.RepeatingJob;

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

    private final RepeatingJob job = new RepeatingJob(LOG, "Index outbox drain failed; will retry", this::drainNow);

    public void start() {
        job.start(scheduler, 0, 300, TimeUnit.MILLISECONDS);
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

    @PreDestroy
    void stop() {
        job.stop();
    }
}
