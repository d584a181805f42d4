package tw.portfolio.archive.web.integrity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.id.TimeOrderedIds;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;
import tw.portfolio.archive.web.system.RepeatingJob;

/**
 * Runs the {@link LogSequencer} in this server. A transaction that queued leaves hands their entry
 * ids over once it committed ({@link #committed}); they are sequenced by key right after, on a pool
 * thread, or by a reader that needs the log current ({@link #drain}), without ever waiting for other
 * transactions. At start-up and every {@code archive.log.sequenceMillis} the queue is swept as well,
 * up to entries made {@value #SWEEP_GRACE_MILLIS} ms ago (so transactions still committing are left
 * alone): leaves a crash left queued, leaves queued by another server of a cluster, ids lost with a
 * failed batch. The writer row lock orders every sequencer transaction, in this server and others.
 */
@ApplicationScoped
public class EventLogSequencer {
    private static final Logger LOG = Logger.getLogger(EventLogSequencer.class.getName());
    private static final String FAILED = "Event log sequencing failed; queued leaves stay queued and are retried";
    static final long SWEEP_GRACE_MILLIS = 2000;

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
    private final RepeatingJob sweeps = new RepeatingJob(LOG, FAILED, this::sweepRecorded);
    /** Why the latest sweep failed; null once one succeeds. */
    private volatile String failure;
    /** When the latest sweep succeeded, or sweeps started (epoch millis); 0 before the start. */
    private volatile long lastSweep;
    /** The drain after a commit: run once per request for it, failures logged like the sweeps'. */
    private final RepeatingJob drains = new RepeatingJob(LOG, FAILED, this::drain);

    @PostConstruct
    void configure() {
        sequencer = LogSequencer.withBatch(batchSize);
    }

    /**
     * Sequences what a crash left queued and keeps sequencing, on a pool thread: never on the
     * caller's, which may be inside a transaction that queued leaves (the drain would wait for it).
     */
    public void start() {
        lastSweep = System.currentTimeMillis();
        sweeps.start(scheduler, 0, sequenceMillis, TimeUnit.MILLISECONDS);
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
                    drains.runQuietly();
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
        LogSequencer s = sequencer;
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

    /**
     * {@link #drain}, then the queue, oldest first, up to entries made {@value #SWEEP_GRACE_MILLIS} ms
     * ago. Not under this server's turn: the scan may wait for a transaction still open and must not
     * hold up readers meanwhile (it takes the writer lock only after the scan).
     */
    long sweep() {
        return drain() + sequenceBelow(TimeOrderedIds.firstIdAt(System.currentTimeMillis() - SWEEP_GRACE_MILLIS));
    }

    /** A sweep that records how it went, for the {@code eventLog} readiness check. */
    void sweepRecorded() {
        try {
            sweep();
            failure = null;
            lastSweep = System.currentTimeMillis();
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        }
    }

    /**
     * Everything queued, oldest first, with no grace period: at start-up, before this server's own
     * transactions queue anything, what a crash left queued. Returns how many entries it settled.
     */
    public long sequenceQueued() {
        return sequenceBelow(Long.MAX_VALUE);
    }

    /** Batch after batch of the queue below {@code bound}, until one finds nothing. */
    private long sequenceBelow(long bound) {
        LogSequencer s = sequencer;
        long total = 0;
        int n;
        do {
            n = log.sequenceBatch(s, bound);
            total += n;
        } while (n > 0);
        return total;
    }

    /** Why the latest sweep failed, or null if it succeeded. */
    public String failure() {
        return failure;
    }

    /** Epoch millis of the latest successful sweep (or of the start, before the first); 0 before the start. */
    public long lastSweep() {
        return lastSweep;
    }

    /** Milliseconds between sweeps. */
    public long sweepMillis() {
        return sequenceMillis;
    }

    @PreDestroy
    void stop() {
        sweeps.stop();
    }
}
