package tw.portfolio.archive.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MillisecondCounterTest {
    @Test
    void valuesInOneMillisecondCountUpAndANewMillisecondStartsAtZero() {
        MillisecondCounter c = new MillisecondCounter();
        long a = c.next(1000);
        long b = c.next(1000);
        long d = c.next(1001);
        assertEquals(1000, MillisecondCounter.millis(a));
        assertEquals(0, MillisecondCounter.counter(a));
        assertEquals(1, MillisecondCounter.counter(b));
        assertEquals(1001, MillisecondCounter.millis(d));
        assertEquals(0, MillisecondCounter.counter(d));
    }

    @Test
    void aClockSteppingBackKeepsCountingInTheLastMillisecond() {
        MillisecondCounter c = new MillisecondCounter();
        long before = c.next(5000);
        long after = c.next(4000);
        assertTrue(after > before);
        assertEquals(5000, MillisecondCounter.millis(after));
        assertEquals(1, MillisecondCounter.counter(after));
    }

    @Test
    void theValueAfter4096InOneMillisecondBorrowsTheNext() {
        MillisecondCounter c = new MillisecondCounter();
        long last = -1;
        for (int i = 0; i < 4096; i++) {
            long v = c.next(7);
            assertTrue(v > last);
            last = v;
        }
        assertEquals(4095, MillisecondCounter.counter(last));
        long borrowed = c.next(7);
        assertEquals(8, MillisecondCounter.millis(borrowed));
        assertEquals(0, MillisecondCounter.counter(borrowed));
        assertTrue(c.next(8) > borrowed, "the real next millisecond continues after the borrowed one");
    }
}
