package tw.portfolio.archive.search;

import java.util.Collection;
import java.util.List;

/**
 * The durable queue of index work (table {@code INDEX_OUTBOX}, migration V4). The archive writes
 * entries in its ingest transaction; an indexer reads them in order, applies them to the {@link
 * SearchIndex}, flushes the index, and only then acknowledges them, so a crash at any point is
 * caught up on the next start.
 */
public interface IndexOutbox {

    /** Up to {@code limit} oldest pending entries, in the order they were enqueued. */
    List<OutboxEntry> pending(int limit);

    /** Removes entries that have been applied and flushed. */
    void acknowledge(Collection<OutboxEntry> done);

    /** Records that applying an entry failed; it stays pending for the next pass. */
    void recordFailure(OutboxEntry entry, String reason);
}
