package tw.portfolio.archive.id;

/**
 * Milliseconds that never go back, each with a counter (12 bits): the ordering part of every
 * time-ordered id the archive makes. If the clock steps back, counting goes on in the last
 * millisecond; after 4,096 values in one millisecond, the next millisecond is borrowed.
 */
public final class MillisecondCounter {
    /** Bits of the counter within a millisecond. */
    public static final int COUNTER_BITS = 12;

    private long lastMillis = -1;
    private long counter;

    /**
     * The next value for a clock reading of {@code nowMillis}: {@code millis << COUNTER_BITS | counter},
     * greater than every value this instance returned before.
     */
    public synchronized long next(long nowMillis) {
        long now = Math.max(nowMillis, lastMillis);
        if (now == lastMillis) {
            counter++;
            if (counter == 1L << COUNTER_BITS) {
                now = ++lastMillis;
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMillis = now;
        return (now << COUNTER_BITS) | counter;
    }

    /** The millisecond of a value from {@link #next}. */
    public static long millis(long value) {
        return value >>> COUNTER_BITS;
    }

    /** The counter of a value from {@link #next}. */
    public static long counter(long value) {
        return value & ((1L << COUNTER_BITS) - 1);
    }
}
