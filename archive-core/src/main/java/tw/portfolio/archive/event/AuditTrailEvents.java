package tw.portfolio.archive.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import tw.portfolio.archive.account.CurrentCaller;
import tw.portfolio.archive.json.JsonText;

/**
 * Records each event in the audit trail, inside the caller's transaction ({@code MANDATORY}: an
 * event outside a transaction would be an event without its change).
 */
@ApplicationScoped
public class AuditTrailEvents implements ArchiveEvents {
    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    Instance<CurrentCaller> caller;

    @Inject
    Instance<EventLogAppender> logAppender;

    @Inject
    tw.portfolio.archive.search.IndexRequests indexRequests;

    /**
     * Events that create a record or change what it says or its state: the search index follows them,
     * through an outbox row written in this same transaction (an artifact's ingestion included).
     */
    private static final java.util.Set<ArchiveEventType> RECORD_CHANGES = java.util.EnumSet.of(
            ArchiveEventType.METADATA_MODIFICATION, ArchiveEventType.CERTIFICATION, ArchiveEventType.SELECTION,
            ArchiveEventType.SUBMISSION, ArchiveEventType.RECEIPT, ArchiveEventType.DELETION, ArchiveEventType.INGESTION);

    /** How a sealing names its student: {@code student:<id>}; its outbox row carries the same id. */
    public static final String STUDENT_OBJECT = "student:";

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ArchiveEvent event) {
        return record(event, java.util.Map.of());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ArchiveEvent event, java.util.Map<String, String> auditTrailOnly) {
        Long entry = logAppender.isResolvable() ? logAppender.get().append(event) : null;
        java.util.Map<String, String> detail = new java.util.TreeMap<>(event.detail());
        detail.putAll(auditTrailOnly);
        em.persist(new AuditTrailEntry(event, callerName(), JsonText.object(detail), entry));
        if (RECORD_CHANGES.contains(event.type()) && event.objectId().length() <= 100) {
            indexRequests.request(event.objectId(), tw.portfolio.archive.search.DocumentType.OTHER_RECORD,
                    tw.portfolio.archive.search.IndexOperation.INDEX);
        }
        if (event.type() == ArchiveEventType.SEALING && event.objectId().startsWith(STUDENT_OBJECT)
                && event.objectId().length() <= 100) {
            // every document of the student, found by student id, is indexed again as SEALED (issue 15)
            indexRequests.request(event.objectId(), tw.portfolio.archive.search.DocumentType.STUDENT,
                    tw.portfolio.archive.search.IndexOperation.INDEX);
        }
        return entry == null ? -1 : entry;
    }

    private String callerName() {
        try {
            return caller.isResolvable() ? caller.get().username().orElse("system") : "system";
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }
}
