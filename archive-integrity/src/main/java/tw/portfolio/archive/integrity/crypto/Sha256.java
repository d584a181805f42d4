package tw.portfolio.archive.integrity.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 through the JDK (which uses the CPU's SHA instructions where present). Every digest in
 * the archive is computed here or in {@link DigestingInputStream}.
 */
public final class Sha256 {
    /** Digest length in bytes. */
    public static final int LENGTH = 32;
    private static final int BUFFER = 1 << 16;

    private Sha256() {
    }

    /** A fresh SHA-256 {@link MessageDigest}. */
    public static MessageDigest newDigest() {
        return newDigest("SHA-256");
    }

    /** A fresh digest for a JDK algorithm name ({@code SHA-256}, {@code SHA-512}). */
    static MessageDigest newDigest(String jdkName) {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName + " is missing from this JDK", e);
        }
    }

    /** SHA-256 of the bytes. */
    public static byte[] of(byte[] data) {
        return newDigest().digest(data);
    }

    /** SHA-256 of the bytes as lowercase hex. */
    public static String hexOf(byte[] data) {
        return Hex.encode(of(data));
    }

    /** SHA-256 of everything the stream yields, read to its end (the stream is not closed). */
    public static byte[] of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    /** SHA-256 of a file's content as lowercase hex. */
    public static String hexOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Hex.encode(of(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
