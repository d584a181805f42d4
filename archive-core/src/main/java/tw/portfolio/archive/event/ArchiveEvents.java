package tw.portfolio.archive.event;

/**
 * Where every state change is recorded: the Merkle event log and the audit trail. Implementations
 * join the caller's transaction, so no event exists without its change and no change without its
 * event.
 */
public interface ArchiveEvents {
    /** Records the event inside the current transaction; returns the log leaf index. */
    long record(ArchiveEvent event);
}
