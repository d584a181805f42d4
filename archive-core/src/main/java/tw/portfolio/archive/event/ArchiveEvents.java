package tw.portfolio.archive.event;

import java.util.Map;

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

    /**
     * Records the event with details that only the audit trail may hold in clear (a student's old and
     * new name, a reason written by staff): the event log gets {@code event} as given, which must
     * hold no more than pseudonyms and digests of them, and the audit trail gets both.
     */
    default long record(ArchiveEvent event, Map<String, String> auditTrailOnly) {
        return record(event);
    }
}
