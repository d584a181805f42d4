package tw.portfolio.archive.web.portfolio;

import java.security.SecureRandom;
import java.util.UUID;
import tw.portfolio.archive.id.MillisecondCounter;

/**
 * Receipt ids as time-ordered UUIDs (RFC 9562 version 7: milliseconds, then a counter within the
 * millisecond, then random bits), so their text sorts in issue order. A receipt's {@code issuedAt}
 * is kept to the second; when a corrected receipt is issued in the same second as the one it
 * replaces, the id is what says which is newer (with random ids the older one won half the time).
 */
final class ReceiptIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final MillisecondCounter CLOCK = new MillisecondCounter();

    private ReceiptIds() {
    }

    /** A new id, greater (as text) than every id made before it in this JVM. */
    static String next() {
        long tick = CLOCK.next(System.currentTimeMillis());
        long high = (MillisecondCounter.millis(tick) << 16) | (0x7L << 12) | MillisecondCounter.counter(tick);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
