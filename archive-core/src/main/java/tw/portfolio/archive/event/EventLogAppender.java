package tw.portfolio.archive.event;

/**
 * Appends an event as a leaf of the tamper-evident Merkle log, inside the current transaction,
 * and returns the leaf index.
 */
public interface EventLogAppender {
    long append(ArchiveEvent event);
}
