package tw.portfolio.archive.integrity.eventlog;

import java.util.Objects;

/** A leaf waiting in the log's queue: its entry id (queue order) and the exact bytes to be hashed. */
public record QueuedLeaf(long entryId, byte[] leafData) {
    public QueuedLeaf {
        Objects.requireNonNull(leafData, "leafData");
    }
}
