package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Checks inclusion and consistency proofs by the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2,
 * answering why a proof fails: sizes out of range, the wrong number of hashes, or the root it
 * leads to.
 */
public final class MerkleVerifier {
    private MerkleVerifier() {
    }

    /** Checks that {@code leafHash} is leaf {@code leafIndex} of the tree of {@code treeSize} with {@code root}. */
    public static VerificationResult verifyInclusion(long leafIndex, long treeSize, byte[] leafHash,
            List<byte[]> proof, byte[] root) {
        if (treeSize < 1 || leafIndex < 0 || leafIndex >= treeSize) {
            return VerificationResult.failed("leaf index " + leafIndex + " is not in a tree of size " + treeSize);
        }
        VerificationResult shape = hashLengths(proof, leafHash, root);
        if (!shape.valid()) {
            return shape;
        }
        int inner = 64 - Long.numberOfLeadingZeros(leafIndex ^ (treeSize - 1));
        int expected = inner + Long.bitCount(leafIndex >>> inner);
        if (proof.size() != expected) {
            return VerificationResult.failed("inclusion proof has " + proof.size() + " hashes, leaf " + leafIndex
                    + " of a tree of size " + treeSize + " needs " + expected);
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHasher.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = TreeHasher.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0 || !Arrays.equals(r, root)) {
            return VerificationResult.failed("inclusion proof leads to root " + ProofHashes.encode(r)
                    + ", expected root " + ProofHashes.encode(root));
        }
        return VerificationResult.ok();
    }

    /** Checks that the tree of {@code size2} with {@code root2} extends the tree of {@code size1} with {@code root1}. */
    public static VerificationResult verifyConsistency(long size1, long size2, List<byte[]> proof,
            byte[] root1, byte[] root2) {
        if (size1 < 0 || size2 < size1) {
            return VerificationResult.failed("tree size " + size2 + " cannot extend tree size " + size1
                    + ": the log shrank or the sizes are invalid");
        }
        VerificationResult shape = hashLengths(proof, root1, root2);
        if (!shape.valid()) {
            return shape;
        }
        if (size1 == size2 || size1 == 0) {
            if (!proof.isEmpty()) {
                return VerificationResult.failed("consistency proof from " + size1 + " to " + size2
                        + " must be empty, has " + proof.size() + " hashes");
            }
            return size1 == 0 || Arrays.equals(root1, root2) ? VerificationResult.ok()
                    : VerificationResult.failed("both trees have size " + size1 + " but their roots differ: "
                            + ProofHashes.encode(root1) + " and " + ProofHashes.encode(root2));
        }
        int inner = 64 - Long.numberOfLeadingZeros((size1 - 1) ^ (size2 - 1));
        int border = Long.bitCount((size1 - 1) >>> inner);
        boolean powerOfTwo = Long.bitCount(size1) == 1;
        int expected = (powerOfTwo ? 0 : 1) + inner - Long.numberOfTrailingZeros(size1) + border;
        if (proof.size() != expected) {
            return VerificationResult.failed("consistency proof has " + proof.size() + " hashes, from " + size1
                    + " to " + size2 + " needs " + expected);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (powerOfTwo) {
            path.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return VerificationResult.failed("consistency proof is longer than the tree is deep");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHasher.nodeHash(c, fr);
                sr = TreeHasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = TreeHasher.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            return VerificationResult.failed("consistency proof is shorter than the tree is deep");
        }
        if (!Arrays.equals(fr, root1)) {
            return VerificationResult.failed("consistency proof gives old root " + ProofHashes.encode(fr)
                    + " for size " + size1 + ", the old checkpoint says " + ProofHashes.encode(root1));
        }
        if (!Arrays.equals(sr, root2)) {
            return VerificationResult.failed("consistency proof gives new root " + ProofHashes.encode(sr)
                    + " for size " + size2 + ", the new checkpoint says " + ProofHashes.encode(root2));
        }
        return VerificationResult.ok();
    }

    private static VerificationResult hashLengths(List<byte[]> proof, byte[] a, byte[] b) {
        if (a == null || a.length != TreeHasher.HASH_LENGTH || b == null || b.length != TreeHasher.HASH_LENGTH) {
            return VerificationResult.failed("a leaf or root hash is not 32 bytes");
        }
        for (int i = 0; i < proof.size(); i++) {
            if (proof.get(i) == null || proof.get(i).length != TreeHasher.HASH_LENGTH) {
                return VerificationResult.failed("proof hash " + i + " is not 32 bytes");
            }
        }
        return VerificationResult.ok();
    }
}
