package tw.portfolio.archive.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {
    @Test
    void idsNeverRepeatAndGrowEvenWhenManyThreadsAskWithinOneMillisecond() {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 8).parallel().forEach(t -> {
            long previous = -1;
            for (int i = 0; i < 20_000; i++) {
                long id = TimeOrderedIds.next();
                assertTrue(id > previous, "ids of one thread grow");
                previous = id;
                seen.add(id);
            }
        });
        assertEquals(160_000, seen.size());
    }

    @Test
    void idsArePositive() {
        assertTrue(TimeOrderedIds.next() > 0);
    }
}
