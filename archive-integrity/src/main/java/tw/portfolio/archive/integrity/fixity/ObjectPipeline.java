package tw.portfolio.archive.integrity.fixity;

import java.util.List;

/**
 * Hashing threads that check whole objects, taking them in list order, at most {@code window}
 * objects ahead of the consumer, while the consumer takes the results in that same order. One
 * object is one unit of work: no task or future per file, and a thread's buffer and digests are
 * reused for every file it reads.
 */
final class ObjectPipeline implements AutoCloseable {
    private final List<ObjectRef> objects;
    private final Object[] results;
    private final int window;
    private final Thread[] threads;
    private final Object lock = new Object();
    private int next;
    private int consumed;
    private boolean stopped;

    private ObjectPipeline(List<ObjectRef> objects, int threadCount, int window, ByteRateLimiter limiter,
            StoreCounters counters) {
        this.objects = objects;
        this.results = new Object[objects.size()];
        this.window = window;
        this.threads = new Thread[Math.max(1, Math.min(threadCount, objects.size()))];
        for (int t = 0; t < threads.length; t++) {
            ContentHasher hasher = new ContentHasher(limiter, counters);
            threads[t] = new Thread(() -> work(hasher, counters), "fixity-hash-" + t);
            threads[t].setDaemon(true);
        }
    }

    /** Starts {@code threadCount} threads on {@code objects}. */
    static ObjectPipeline start(List<ObjectRef> objects, int threadCount, int window, ByteRateLimiter limiter,
            StoreCounters counters) {
        ObjectPipeline pipeline = new ObjectPipeline(objects, threadCount, window, limiter, counters);
        if (!objects.isEmpty()) {
            for (Thread t : pipeline.threads) {
                t.start();
            }
        }
        return pipeline;
    }

    /**
     * The failures of object {@code index}, waiting for them; objects must be taken in order. An
     * unexpected exception thrown while checking that object is rethrown here.
     */
    @SuppressWarnings("unchecked")
    List<FixityFailure> take(int index) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Object result;
        synchronized (lock) {
            while (results[index] == null) {
                lock.wait();
            }
            result = results[index];
            results[index] = null;
            consumed = index + 1;
            lock.notifyAll();
        }
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw e;
        }
        return (List<FixityFailure>) result;
    }

    private void work(ContentHasher hasher, StoreCounters counters) {
        while (true) {
            int index;
            synchronized (lock) {
                while (!stopped && next < results.length && next >= consumed + window) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped || next >= results.length) {
                    return;
                }
                index = next++;
            }
            ObjectRef object = objects.get(index);
            Object result;
            try {
                result = ObjectCheck.run(object, hasher, counters);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                result = e;
            }
            synchronized (lock) {
                results[index] = result;
                lock.notifyAll();
            }
        }
    }

    /** Stops the threads after their current object (at once when they are waiting for the byte budget). */
    @Override
    public void close() {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
    }
}
