package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.DigestAlgorithm;
import tw.portfolio.archive.integrity.crypto.Hex;

/**
 * One hashing thread's tools, reused for every file it reads: a read buffer and one digest per
 * algorithm. Not thread-safe; each worker owns one.
 */
final class ContentHasher {
    static final int BLOCK = 256 * 1024;

    private final byte[] buffer = new byte[BLOCK];
    private final Map<DigestAlgorithm, MessageDigest> digests = new EnumMap<>(DigestAlgorithm.class);
    private final ByteRateLimiter limiter;
    private final StoreCounters counters;

    ContentHasher(ByteRateLimiter limiter, StoreCounters counters) {
        this.limiter = limiter;
        this.counters = counters;
    }

    /** The lowercase hex digest of {@code bytes} (not counted as content). */
    String hexDigest(byte[] bytes, DigestAlgorithm algorithm) {
        MessageDigest digest = digests.computeIfAbsent(algorithm, DigestAlgorithm::newDigest);
        digest.reset();
        return Hex.encode(digest.digest(bytes));
    }

    /** The lowercase hex digest of {@code file}'s bytes, counting them as they are read. */
    String hexDigest(File file, DigestAlgorithm algorithm) throws IOException, InterruptedException {
        MessageDigest digest = digests.computeIfAbsent(algorithm, DigestAlgorithm::newDigest);
        digest.reset();
        try (FileInputStream in = SmallFiles.open(file)) {
            for (int n; (n = in.read(buffer, 0, BLOCK)) >= 0;) {
                digest.update(buffer, 0, n);
                counters.addBytes(n);
                if (limiter != null) {
                    limiter.acquire(n);
                }
            }
        }
        return Hex.encode(digest.digest());
    }
}
