package tw.portfolio.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import jakarta.inject.Inject;

/**
 * Writes search-index work into the outbox table inside the caller's transaction, so the record
 * change and the request to index it commit together (or not at all).
 */
@ApplicationScoped
public class IndexRequests {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String documentId, DocumentType type, IndexOperation operation) {
        em.createNativeQuery("INSERT INTO index_outbox (document_id, document_type, operation, enqueued_at, attempts)"
                + " VALUES (?, ?, ?, ?, 0)")
                .setParameter(1, documentId)
                .setParameter(2, type.name())
                .setParameter(3, operation.name())
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
