package tw.portfolio.archive.integrity.fixity;

import java.util.function.LongSupplier;

/**
 * A shared budget of bytes per second: each reader asks before it reads a chunk and sleeps for as
 * long as the budget requires, so all hashing threads together stay within the limit.
 */
final class ByteRateLimiter {
    /** Sleeps for a number of nanoseconds. */
    interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long bytesPerSecond;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private long nextFree;

    ByteRateLimiter(long bytesPerSecond, LongSupplier nanoClock, Sleeper sleeper) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("a rate limit needs a positive rate");
        }
        this.bytesPerSecond = bytesPerSecond;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.nextFree = nanoClock.getAsLong();
    }

    static ByteRateLimiter perSecond(long bytesPerSecond) {
        return new ByteRateLimiter(bytesPerSecond, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Waits until {@code bytes} more may be read; returns the nanoseconds waited. */
    long acquire(long bytes) throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoClock.getAsLong();
            if (nextFree < now) {
                nextFree = now;
            }
            wait = nextFree - now;
            nextFree += (long) (bytes * 1e9 / bytesPerSecond);
        }
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
        return wait;
    }
}
