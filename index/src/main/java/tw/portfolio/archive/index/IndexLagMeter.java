package tw.portfolio.archive.index;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.lucene.search.ReferenceManager;

/**
 * Measures index lag: the time from the oldest write not yet visible to the refresh that makes it
 * searchable.
 */
final class IndexLagMeter implements ReferenceManager.RefreshListener {
    private static final long NONE = Long.MIN_VALUE;
    private final AtomicLong pendingSince = new AtomicLong(NONE);
    private final LongSupplier nanoTime;
    private volatile long refreshing = NONE;
    private volatile Duration last;

    IndexLagMeter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    void writeStarted() {
        pendingSince.compareAndSet(NONE, nanoTime.getAsLong());
    }

    @Override
    public void beforeRefresh() {
        refreshing = pendingSince.getAndSet(NONE);
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        long since = refreshing;
        refreshing = NONE;
        if (since == NONE) {
            return;
        }
        if (didRefresh) {
            last = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - since));
        } else {
            pendingSince.accumulateAndGet(since, (current, mine) -> current == NONE ? mine : Math.min(current, mine));
        }
    }

    Optional<Duration> last() {
        return Optional.ofNullable(last);
    }
}
