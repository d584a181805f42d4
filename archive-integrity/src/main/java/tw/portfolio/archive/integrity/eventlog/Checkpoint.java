package tw.portfolio.archive.integrity.eventlog;

import java.util.Arrays;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A C2SP tlog-checkpoint body: the log's origin line, tree size and base64 root hash, each ending
 * in a newline. {@link Checkpoints} signs and verifies it as a signed note.
 */
public record Checkpoint(String origin, long treeSize, byte[] rootHash) {
    /** Validates the origin line, size and root. */
    public Checkpoint {
        if (origin == null || origin.isBlank() || origin.contains("\n") || origin.contains("\r")) {
            throw InvalidInputException.field("origin", "must be one non-empty line");
        }
        if (treeSize < 0) {
            throw InvalidInputException.field("treeSize", "must not be negative");
        }
        if (rootHash == null || rootHash.length != TreeHasher.HASH_LENGTH) {
            throw InvalidInputException.field("rootHash", "must be 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    /** The checkpoint of a tree head. */
    public static Checkpoint of(String origin, TreeHead head) {
        return new Checkpoint(origin, head.treeSize(), head.rootHash());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text that is signed: three lines, each ending in a newline. */
    public String body() {
        return origin + "\n" + treeSize + "\n" + ProofHashes.encode(rootHash) + "\n";
    }

    /** Reads a note body (extension lines after the third are allowed and ignored). */
    static Checkpoint parseBody(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4) {
            throw new InvalidInputException("checkpoint body needs an origin, a tree size and a root hash line");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new InvalidInputException("checkpoint tree size '" + lines[1] + "' is not a decimal number");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("checkpoint tree size '" + lines[1] + "' is out of range", e);
        }
        byte[] root;
        try {
            root = ProofHashes.decode("rootHash", lines[2]);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("checkpoint root hash line is not base64 of 32 bytes", e);
        }
        return new Checkpoint(lines[0], size, root);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && origin.equals(c.origin) && treeSize == c.treeSize
                && Arrays.equals(rootHash, c.rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, treeSize, Arrays.hashCode(rootHash));
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + treeSize + ", " + ProofHashes.encode(rootHash) + "]";
    }
}
