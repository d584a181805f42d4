package tw.portfolio.archive.integrity.fixity;

import java.util.concurrent.atomic.AtomicLong;

/** Files and bytes read so far by all hashing threads of one audit. */
final class StoreCounters {
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    void addFile() {
        files.incrementAndGet();
    }

    void addBytes(long n) {
        bytes.addAndGet(n);
    }

    long files() {
        return files.get();
    }

    long bytes() {
        return bytes.get();
    }
}
