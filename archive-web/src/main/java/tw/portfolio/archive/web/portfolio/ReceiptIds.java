package tw.portfolio.archive.web.portfolio;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Receipt ids as time-ordered UUIDs (RFC 9562 version 7: milliseconds, then a counter within the
 * millisecond, then random bits), so their text sorts in issue order. A receipt's {@code issuedAt}
 * is kept to the second; when a corrected receipt is issued in the same second as the one it
 * replaces, the id is what says which is newer (with random ids the older one won half the time).
 */
final class ReceiptIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_BITS = 12;

    private static long lastMillis = -1;
    private static long counter;

    private ReceiptIds() {
    }

    /** A new id, greater (as text) than every id made before it in this JVM. */
    static synchronized String next() {
        long now = Math.max(System.currentTimeMillis(), lastMillis);
        if (now == lastMillis) {
            counter++;
            if (counter == 1L << COUNTER_BITS) {
                now = ++lastMillis; // 4,096 ids in one millisecond: borrow the next one
                counter = 0;
            }
        } else {
            counter = 0;
        }
        lastMillis = now;
        long high = (now << 16) | (0x7L << 12) | counter;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
