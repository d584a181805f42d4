package tw.portfolio.archive.integrity.fixity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    private final ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
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
    String hexDigest(Path file, DigestAlgorithm algorithm) throws IOException, InterruptedException {
        MessageDigest digest = digests.computeIfAbsent(algorithm, DigestAlgorithm::newDigest);
        digest.reset();
        byte[] array = buffer.array();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    break;
                }
                digest.update(array, 0, n);
                counters.addBytes(n);
                if (limiter != null) {
                    limiter.acquire(n);
                }
            }
        }
        return Hex.encode(digest.digest());
    }
}
