package tw.portfolio.archive.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One pending unit of index work, written in the same transaction as the record change it
 * follows. It holds ids only, never the record's text.
 */
public record OutboxEntry(long id, String documentId, DocumentType type, IndexOperation operation, Instant enqueuedAt) {

    public OutboxEntry {
        SearchDocument.requireId(documentId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    }
}
