package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pass over a whole storage root with no cursor: the calling thread walks the object roots
 * while the hashing threads check each object as soon as it is found, reading its inventory there.
 * Nothing waits for the whole store to be listed and every inventory parsed first, which is what an
 * id-ordered audit must do and what a short-lived verifier cannot afford. The report is the same:
 * failures in object id order, each object's in the order {@link ObjectCheck} finds them.
 */
final class StoreSweep {
    /** How often the caller hears of progress while the threads work. */
    private static final long PROGRESS_MILLIS = 100;

    private final Path storageRoot;
    private final ByteRateLimiter limiter;
    private final StoreCounters counters = new StoreCounters();
    private final Object lock = new Object();
    private final List<Path> found = new ArrayList<>();
    private final List<ObjectCheck.Checked> checked = new ArrayList<>();
    private int taken;
    private int failures;
    private boolean walked;
    private boolean stopped;
    private Throwable crash;

    private StoreSweep(Path storageRoot, ByteRateLimiter limiter) {
        this.storageRoot = storageRoot;
        this.limiter = limiter;
    }

    /** Checks every object under {@code storageRoot} on {@code threads} threads; see {@link StoreVerifier#verifyAll}. */
    static FixityReport run(Path storageRoot, int threads, ByteRateLimiter limiter, Consumer<FixityProgress> progress) {
        return new StoreSweep(storageRoot, limiter).run(threads, progress);
    }

    private FixityReport run(int threadCount, Consumer<FixityProgress> progress) {
        Thread[] threads = new Thread[threadCount];
        for (int t = 0; t < threads.length; t++) {
            ContentHasher hasher = new ContentHasher(limiter, counters);
            threads[t] = new Thread(() -> work(hasher), "fixity-hash-" + t);
            threads[t].setDaemon(true);
            threads[t].start();
        }
        try {
            walk();
            while (true) {
                FixityProgress now;
                synchronized (lock) {
                    rethrowCrash();
                    if (checked.size() == found.size()) {
                        break;
                    }
                    lock.wait(PROGRESS_MILLIS);
                    if (crash != null || checked.size() == found.size()) {
                        continue;
                    }
                    now = progress();
                }
                progress.accept(now);
            }
        } catch (InterruptedException e) {
            stop(threads);
            Thread.currentThread().interrupt();
            return report(false);
        } catch (RuntimeException | Error e) {
            stop(threads);
            throw e;
        }
        FixityProgress last;
        synchronized (lock) {
            last = progress();
        }
        progress.accept(last);
        return report(true);
    }

    /** Lists the object roots, handing them to the threads one top-level directory at a time. */
    private void walk() throws InterruptedException {
        List<Path> roots = new ArrayList<>();
        try {
            for (File top : OcflLayout.topLevel(storageRoot)) {
                roots.clear();
                OcflLayout.collectObjectRoots(top, roots);
                if (!roots.isEmpty()) {
                    synchronized (lock) {
                        found.addAll(roots);
                        lock.notifyAll();
                    }
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        } finally {
            synchronized (lock) {
                walked = true;
                lock.notifyAll();
            }
        }
    }

    private void work(ContentHasher hasher) {
        while (true) {
            Path root;
            synchronized (lock) {
                while (!stopped && taken == found.size() && !walked) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped || taken == found.size()) {
                    return;
                }
                root = found.get(taken++);
            }
            try {
                ObjectCheck.Checked result = ObjectCheck.runAt(storageRoot, root, hasher, counters);
                synchronized (lock) {
                    checked.add(result);
                    failures += result.failures().size();
                    if (walked && checked.size() == found.size()) {
                        lock.notifyAll();
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    if (crash == null) {
                        crash = e;
                    }
                    lock.notifyAll();
                }
                return;
            }
        }
    }

    private void rethrowCrash() {
        if (crash instanceof RuntimeException e) {
            throw e;
        }
        if (crash instanceof Error e) {
            throw e;
        }
    }

    private FixityProgress progress() {
        return new FixityProgress(checked.size(), found.size(), counters.files(), counters.bytes(), failures, null);
    }

    private void stop(Thread[] threads) {
        synchronized (lock) {
            stopped = true;
            lock.notifyAll();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
    }

    private FixityReport report(boolean complete) {
        List<ObjectCheck.Checked> byId;
        synchronized (lock) {
            byId = new ArrayList<>(checked);
        }
        byId.sort((a, b) -> a.id().compareTo(b.id()));
        List<FixityFailure> all = new ArrayList<>();
        for (ObjectCheck.Checked c : byId) {
            all.addAll(c.failures());
        }
        String cursor = complete && !byId.isEmpty() ? byId.get(byId.size() - 1).id() : null;
        return new FixityReport(byId.size(), counters.files(), counters.bytes(), all, cursor, complete);
    }
}
