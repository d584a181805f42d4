package tw.portfolio.archive.index.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tw.portfolio.archive.search.DocumentLoader;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.IndexOperation;
import tw.portfolio.archive.search.IndexOutbox;
import tw.portfolio.archive.search.OutboxEntry;
import tw.portfolio.archive.search.SearchIndex;

/**
 * Drains the {@link IndexOutbox} into the {@link SearchIndex}: applies each entry (INDEX loads the
 * record's current state, so a record gone meanwhile is removed), flushes the index, and only then
 * acknowledges. Applying twice is harmless (updates replace by id), so a crash after the flush and
 * before the acknowledgement only repeats work. Call {@link #drain()} at start-up and then on a
 * schedule (every few hundred milliseconds) or after each ingest commit; calls must not overlap.
 */
public final class OutboxIndexer {
    /** Entries of type STUDENT name a whole student as {@code student:<id>} (a sealing event's object). */
    static final String STUDENT_PREFIX = "student:";
    /** Entries applied between index flushes. */
    public static final int DEFAULT_BATCH = 500;

    private final IndexOutbox outbox;
    private final SearchIndex index;
    private final DocumentLoader loader;
    private final int batchSize;
    private final AtomicLong failures = new AtomicLong();

    public OutboxIndexer(IndexOutbox outbox, SearchIndex index, DocumentLoader loader, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.outbox = outbox;
        this.index = index;
        this.loader = loader;
        this.batchSize = batchSize;
    }

    public OutboxIndexer(IndexOutbox outbox, SearchIndex index, DocumentLoader loader) {
        this(outbox, index, loader, DEFAULT_BATCH);
    }

    /**
     * Applies pending entries until none is left or a whole batch failed; returns how many were
     * applied and acknowledged. Failed entries stay pending with their error recorded.
     */
    public int drain() {
        int applied = 0;
        while (true) {
            List<OutboxEntry> batch = outbox.pending(batchSize);
            if (batch.isEmpty()) {
                return applied;
            }
            List<OutboxEntry> done = new ArrayList<>(batch.size());
            for (OutboxEntry entry : batch) {
                try {
                    apply(entry);
                    done.add(entry);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    outbox.recordFailure(entry, e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            if (done.isEmpty()) {
                return applied;
            }
            index.flush();
            outbox.acknowledge(done);
            applied += done.size();
            if (batch.size() < batchSize || done.size() < batch.size()) {
                return applied;
            }
        }
    }

    /** Entries that failed to apply since start, for a metric. */
    public long failures() {
        return failures.get();
    }

    private void apply(OutboxEntry entry) {
        if (entry.type() == DocumentType.STUDENT && entry.documentId().startsWith(STUDENT_PREFIX)) {
            // a student's standing changed (a sealing): each of their documents is indexed in its new state
            loader.studentDocuments(entry.documentId().substring(STUDENT_PREFIX.length())).forEach(index::index);
            return;
        }
        if (entry.operation() == IndexOperation.DELETE) {
            index.delete(entry.documentId());
            return;
        }
        loader.load(entry.documentId(), entry.type())
                .ifPresentOrElse(index::index, () -> index.delete(entry.documentId()));
    }
}
