package tw.portfolio.archive.integrity.crypto;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes bytes through unchanged while computing their SHA-256 and counting them, so an upload is
 * hashed once while it streams to storage. Read {@link #digest()} after the stream is exhausted.
 * Not thread-safe.
 */
public final class DigestingInputStream extends FilterInputStream {
    private final MessageDigest digest = Sha256.newDigest();
    private long byteCount;
    private byte[] result;

    /** Wraps {@code in}; closing this stream closes {@code in}. */
    public DigestingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            digest.update((byte) b);
            byteCount++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            byteCount += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // marking would let bytes be hashed twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported while digesting");
    }

    /** The SHA-256 of every byte read; finishes the digest, so further reads are an error. */
    public byte[] digest() {
        if (result == null) {
            result = digest.digest();
        }
        return result.clone();
    }

    /** {@link #digest()} as lowercase hex. */
    public String hexDigest() {
        return Hex.encode(digest());
    }

    /** How many bytes have passed through. */
    public long byteCount() {
        return byteCount;
    }
}
