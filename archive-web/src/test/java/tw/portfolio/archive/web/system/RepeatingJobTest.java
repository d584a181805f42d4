package tw.portfolio.archive.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatingJobTest {
    private final Logger log = Logger.getLogger(RepeatingJobTest.class.getName() + ".job");
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ScheduledExecutorService scheduler;

    @BeforeEach
    void setUp() {
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        scheduler = new ScheduledThreadPoolExecutor(1);
    }

    @AfterEach
    void tearDown() {
        scheduler.shutdownNow();
        log.removeHandler(capture);
    }

    @Test
    void aFailingRunIsLoggedAndTheNextRunsStillHappen() throws InterruptedException {
        CountDownLatch threeRuns = new CountDownLatch(3);
        RepeatingJob job = new RepeatingJob(log, "work failed; will retry", () -> {
            threeRuns.countDown();
            throw new IllegalStateException("boom");
        });
        job.start(scheduler, 0, 1, TimeUnit.MILLISECONDS);
        assertTrue(threeRuns.await(30, TimeUnit.SECONDS), "a run that throws must not cancel the later ones");
        job.stop();
        assertTrue(logged.size() >= 2, "each failure is logged");
        assertEquals("work failed; will retry", logged.get(0).getMessage());
        assertEquals("boom", logged.get(0).getThrown().getMessage());
    }

    @Test
    void startingTwiceSchedulesOnce() {
        RepeatingJob job = new RepeatingJob(log, "x", () -> { });
        assertFalse(job.started());
        assertTrue(job.start(scheduler, 1, 1, TimeUnit.HOURS));
        assertFalse(job.start(scheduler, 1, 1, TimeUnit.HOURS));
        assertTrue(job.started());
        assertEquals(1, ((ScheduledThreadPoolExecutor) scheduler).getQueue().size());
    }

    @Test
    void stopCancelsAndALaterStartSchedulesAgain() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        RepeatingJob job = new RepeatingJob(log, "x", () -> {
            runs.incrementAndGet();
            ran.countDown();
        });
        job.start(scheduler, 1, 1, TimeUnit.HOURS);
        job.stop();
        assertFalse(job.started());
        assertTrue(((ScheduledThreadPoolExecutor) scheduler).getQueue().stream()
                .allMatch(f -> ((Future<?>) f).isCancelled()), "nothing left to run");
        assertTrue(job.start(scheduler, 0, 1, TimeUnit.HOURS));
        assertTrue(ran.await(30, TimeUnit.SECONDS));
        assertEquals(1, runs.get(), "only the second start ran");
    }

    @Test
    void runQuietlyRunsOnTheCallersThreadAndSwallowsOnlyRuntimeExceptions() {
        Thread caller = Thread.currentThread();
        AtomicInteger onCaller = new AtomicInteger();
        new RepeatingJob(log, "x", () -> {
            if (Thread.currentThread() == caller) {
                onCaller.incrementAndGet();
            }
        }).runQuietly();
        assertEquals(1, onCaller.get());
        new RepeatingJob(log, "failed", () -> {
            throw new IllegalArgumentException("bad");
        }).runQuietly();
        assertEquals("failed", logged.get(logged.size() - 1).getMessage());
    }
}
