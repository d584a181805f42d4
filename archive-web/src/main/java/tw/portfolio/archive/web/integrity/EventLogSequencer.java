package tw.portfolio.archive.web.integrity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;

/**
 * Runs the {@link LogSequencer} in this server. A transaction that queued leaves hands their entry
 * ids over once it committed ({@link #committed}); they are sequenced by key right after, on a pool
 * thread, or by a reader that needs the log current ({@link #drain}), without ever waiting for other
 * transactions. At start-up and every {@code archive.log.sequenceMillis} the whole queue is swept
 * as well: leaves a crash left queued, leaves queued by another server of a cluster, ids lost with a
 * failed batch. One batch at a time in this server; the writer row lock orders servers.
 */
@ApplicationScoped
public class EventLogSequencer {
    private static final Logger LOG = Logger.getLogger(EventLogSequencer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    MerkleEventLog log;
    @Inject
    @ConfigProperty(name = "archive.log.sequenceMillis", defaultValue = "1000")
    long sequenceMillis;
    @Inject
    @ConfigProperty(name = "archive.log.sequenceBatch", defaultValue = "" + LogSequencer.DEFAULT_BATCH)
    int batchSize;

    private final ReentrantLock turn = new ReentrantLock(true);
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
    private LogSequencer sequencer;
    private ScheduledFuture<?> task;

    /**
     * Sequences what a crash left queued and keeps sequencing, on a pool thread: never on the
     * caller's, which may be inside a transaction that queued leaves (the drain would wait for it).
     */
    public synchronized void start() {
        sequencer = LogSequencer.withBatch(batchSize);
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, sequenceMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Entries of a transaction that committed: sequenced soon, on a pool thread. */
    public void committed(List<Long> entryIds) {
        committed.addAll(entryIds);
        soon();
    }

    /** Asks for a drain on a pool thread, unless one is already waiting to run. */
    void soon() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    scheduled.set(false);
                    drainQuietly();
                });
            } catch (RuntimeException e) {
                scheduled.set(false); // shutting down; the next start sequences what is left
            }
        }
    }

    /**
     * Sequences every entry handed over so far (so a caller sees the leaves of its own committed
     * events); returns how many leaves were appended.
     */
    public long drain() {
        LogSequencer s = sequencer();
        long total = 0;
        turn.lock();
        try {
            while (!committed.isEmpty()) {
                List<Long> ids = new ArrayList<>();
                for (Long id; ids.size() < s.batchSize() && (id = committed.poll()) != null;) {
                    ids.add(id);
                }
                total += log.sequenceEntries(s, ids);
            }
        } finally {
            turn.unlock();
        }
        return total;
    }

    /** {@link #drain}, then the whole queue, oldest first, until it is empty. */
    long sweep() {
        long total = drain();
        LogSequencer s = sequencer();
        turn.lock();
        try {
            int n;
            do {
                n = log.sequenceBatch(s);
                total += n;
            } while (n > 0);
        } finally {
            turn.unlock();
        }
        return total;
    }

    private synchronized LogSequencer sequencer() {
        if (sequencer == null) {
            sequencer = LogSequencer.withBatch(batchSize);
        }
        return sequencer;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event log sequencing failed; queued leaves stay queued and are retried", e);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Event log sequencing failed; queued leaves stay queued and are retried", e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
