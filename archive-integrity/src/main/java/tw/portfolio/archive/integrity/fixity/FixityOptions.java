package tw.portfolio.archive.integrity.fixity;

/**
 * How an audit runs: {@code threads} hashing in parallel, at most {@code bytesPerSecond} read
 * (0 for no limit), starting after object id {@code resumeAfter} ({@code null} to start at the
 * beginning).
 */
public record FixityOptions(int threads, long bytesPerSecond, String resumeAfter) {
    /** Validates the numbers. */
    public FixityOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("bytesPerSecond must not be negative");
        }
    }

    /** All cores, no throughput limit, from the beginning. */
    public static FixityOptions defaults() {
        return new FixityOptions(Runtime.getRuntime().availableProcessors(), 0, null);
    }

    /** The same with another thread count. */
    public FixityOptions withThreads(int n) {
        return new FixityOptions(n, bytesPerSecond, resumeAfter);
    }

    /** The same with a throughput budget in megabytes (10^6 bytes) per second. */
    public FixityOptions withMegabytesPerSecond(double mbPerSecond) {
        return new FixityOptions(threads, (long) (mbPerSecond * 1_000_000), resumeAfter);
    }

    /** The same, resuming after {@code objectId}. */
    public FixityOptions resumingAfter(String objectId) {
        return new FixityOptions(threads, bytesPerSecond, objectId);
    }
}
