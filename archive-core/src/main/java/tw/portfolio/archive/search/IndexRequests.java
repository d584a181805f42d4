package tw.portfolio.archive.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import tw.portfolio.archive.id.TimeOrderedIds;

/**
 * Writes search-index work into the outbox table inside the caller's transaction, so the record
 * change and the request to index it commit together (or not at all). Row ids are
 * {@link TimeOrderedIds}: with the table's identity column, four concurrent uploads were seen
 * failing with Derby's "too much contention" (40XL1) on it.
 */
@ApplicationScoped
public class IndexRequests {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String documentId, DocumentType type, IndexOperation operation) {
        em.createNativeQuery("INSERT INTO index_outbox (id, document_id, document_type, operation, enqueued_at,"
                + " attempts) VALUES (?, ?, ?, ?, ?, 0)")
                .setParameter(1, TimeOrderedIds.next())
                .setParameter(2, documentId)
                .setParameter(3, type.name())
                .setParameter(4, operation.name())
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}
