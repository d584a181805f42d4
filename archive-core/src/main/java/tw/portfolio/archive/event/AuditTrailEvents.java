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

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(ArchiveEvent event) {
        Long leaf = logAppender.isResolvable() ? logAppender.get().append(event) : null;
        em.persist(new AuditTrailEntry(event, callerName(), JsonText.object(event.detail()), leaf));
        return leaf == null ? -1 : leaf;
    }

    private String callerName() {
        try {
            return caller.isResolvable() ? caller.get().username().orElse("system") : "system";
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }
}
