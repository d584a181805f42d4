package tw.portfolio.archive.web.system;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work that runs again and again on the container's scheduler, a fixed delay after each
 * run ends (the event-log sequencer, checkpoints, the index outbox, the rolling fixity audit). A run
 * that fails is logged with what it leaves for the next run, never thrown into the scheduler, which
 * would cancel every later run; starting twice schedules once; stopping cancels, and a later start
 * schedules again.
 */
public final class RepeatingJob {
    private final Logger log;
    private final String onFailure;
    private final Runnable work;
    private ScheduledFuture<?> task;

    /** {@code work} to repeat; {@code onFailure} is logged with a run's exception, e.g. "X failed; will retry". */
    public RepeatingJob(Logger log, String onFailure, Runnable work) {
        this.log = log;
        this.onFailure = onFailure;
        this.work = work;
    }

    /** Schedules the work unless it is scheduled already; true when this call scheduled it. */
    public synchronized boolean start(ScheduledExecutorService scheduler, long initialDelay, long delay, TimeUnit unit) {
        if (task != null) {
            return false;
        }
        task = scheduler.scheduleWithFixedDelay(this::runQuietly, initialDelay, delay, unit);
        return true;
    }

    /** True while scheduled. */
    public synchronized boolean started() {
        return task != null;
    }

    /** Cancels the runs to come; a run under way finishes. */
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** One run on the calling thread, a failure logged instead of thrown. */
    public void runQuietly() {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, onFailure, e);
        }
    }
}
