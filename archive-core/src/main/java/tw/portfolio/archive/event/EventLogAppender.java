package tw.portfolio.archive.event;

/**
 * Appends an event to the tamper-evident Merkle log inside the current transaction (the leaf is
 * queued with the event and sequenced after commit) and returns its log entry id.
 */
public interface EventLogAppender {
    long append(ArchiveEvent event);
}
