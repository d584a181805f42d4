package tw.portfolio.archive.integrity.fixity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import tw.portfolio.archive.integrity.crypto.DigestAlgorithm;
import tw.portfolio.archive.integrity.crypto.Hex;

/** Re-hashes one content file and compares it with its inventory digest. */
final class FileCheck implements Callable<Optional<FixityFailure>> {
    private static final int CHUNK = 1 << 20;
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[CHUNK]);

    private final String objectId;
    private final Path objectRoot;
    private final Inventory.Entry entry;
    private final DigestAlgorithm algorithm;
    private final ByteRateLimiter limiter;
    private final AtomicLong files;
    private final AtomicLong bytes;

    FileCheck(String objectId, Path objectRoot, Inventory.Entry entry, DigestAlgorithm algorithm,
            ByteRateLimiter limiter, AtomicLong files, AtomicLong bytes) {
        this.objectId = objectId;
        this.objectRoot = objectRoot;
        this.entry = entry;
        this.algorithm = algorithm;
        this.limiter = limiter;
        this.files = files;
        this.bytes = bytes;
    }

    @Override
    public Optional<FixityFailure> call() throws InterruptedException {
        Path file = objectRoot.resolve(entry.contentPath()).normalize();
        if (!file.startsWith(objectRoot)) {
            return Optional.of(failure("outside the object root", FailureKind.CONTENT_MISSING));
        }
        String actual;
        try {
            actual = digest(file);
        } catch (NoSuchFileException e) {
            return Optional.of(failure(FixityFailure.MISSING, FailureKind.CONTENT_MISSING));
        } catch (IOException e) {
            return Optional.of(failure("unreadable: " + e.getMessage(), FailureKind.CONTENT_UNREADABLE));
        } finally {
            files.incrementAndGet();
        }
        return actual.equals(entry.digest()) ? Optional.empty()
                : Optional.of(failure(actual, FailureKind.CONTENT_MISMATCH));
    }

    private FixityFailure failure(String actual, FailureKind kind) {
        return new FixityFailure(objectId, entry.contentPath(), entry.digest(), actual, kind);
    }

    private String digest(Path file) throws IOException, InterruptedException {
        MessageDigest digest = algorithm.newDigest();
        byte[] buffer = BUFFER.get();
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (limiter != null) {
                    limiter.acquire(CHUNK);
                }
                int n = in.readNBytes(buffer, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                bytes.addAndGet(n);
                if (n < CHUNK) {
                    break;
                }
            }
        }
        return Hex.encode(digest.digest());
    }
}
