package tw.portfolio.archive.retention.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * Each erasure step in a new container transaction, on the persistence context's own connection
 * (never a second one from the data source inside the transaction), with its events recorded through
 * {@link ArchiveEvents} in that same transaction.
 */
@ApplicationScoped
public class ContainerErasureTransactions implements ErasureTransactions {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(String what, Work<T> work) {
        // A first statement makes the persistence context take its connection in this transaction.
        em.createNativeQuery("SELECT COUNT(*) FROM ERASURE WHERE REQUEST_ID = ''").getSingleResult();
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no connection to " + what);
        }
        try {
            return work.apply(c, events::record);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void forgetCachedEntities() {
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
