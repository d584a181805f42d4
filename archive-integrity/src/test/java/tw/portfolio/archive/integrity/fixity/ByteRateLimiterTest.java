package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteRateLimiterTest {
    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    private ByteRateLimiter limiter(long rate) {
        return new ByteRateLimiter(rate, () -> now, nanos -> {
            sleeps.add(nanos);
            now += nanos;
        });
    }

    @Test
    void readsWithinTheBudgetWaitExactlyAsLongAsTheBudgetRequires() throws InterruptedException {
        ByteRateLimiter limiter = limiter(1_000_000);
        assertEquals(0, limiter.acquire(1_000_000));
        assertEquals(1_000_000_000L, limiter.acquire(500_000));
        assertEquals(500_000_000L, limiter.acquire(1));
        assertEquals(List.of(1_000_000_000L, 500_000_000L), sleeps);
    }

    @Test
    void idleTimeIsNotSavedUpIntoABurst() throws InterruptedException {
        ByteRateLimiter limiter = limiter(1_000);
        limiter.acquire(1_000);
        now += 60_000_000_000L;
        assertEquals(0, limiter.acquire(1_000));
        assertEquals(1_000_000_000L, limiter.acquire(1_000));
    }
}
