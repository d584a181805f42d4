package tw.portfolio.archive.event;

/**
 * Where every state change is recorded: the Merkle event log and the audit trail. Implementations
 * join the caller's transaction, so no event exists without its change and no change without its
 * event.
 */
public interface ArchiveEvents {
    /**
     * Records the event inside the current transaction; returns its event log entry id (the log
     * gives the entry its leaf index once the transaction committed), or -1 without a log.
     */
    long record(ArchiveEvent event);
}
