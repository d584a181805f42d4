package tw.portfolio.archive.integrity.eventlog;

import java.security.MessageDigest;
import tw.portfolio.archive.integrity.crypto.Sha256;

/** RFC 9162 §2.1 hashing: leaf {@code SHA-256(0x00 ‖ data)}, node {@code SHA-256(0x01 ‖ left ‖ right)}. */
public final class TreeHasher {
    /** Length of every hash in the tree. */
    public static final int HASH_LENGTH = Sha256.LENGTH;
    private static final byte[] EMPTY_ROOT = Sha256.of(new byte[0]);

    private TreeHasher() {
    }

    /** The hash of a leaf holding {@code data}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest d = Sha256.newDigest();
        d.update((byte) 0x00);
        d.update(data);
        return d.digest();
    }

    /** The hash of an interior node over two children. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest d = Sha256.newDigest();
        d.update((byte) 0x01);
        d.update(left);
        d.update(right);
        return d.digest();
    }

    /** The root of the empty tree, SHA-256 of nothing. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }
}
