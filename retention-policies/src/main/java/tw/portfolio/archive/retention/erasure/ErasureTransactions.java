package tw.portfolio.archive.retention.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import tw.portfolio.archive.event.ArchiveEvent;

/**
 * Runs one step of an erasure as a transaction of its own, with the connection its SQL runs on and
 * where its events go (joined to the same transaction). In the server: a new container transaction,
 * the persistence context's connection and {@link tw.portfolio.archive.event.ArchiveEvents}.
 */
public interface ErasureTransactions {
    /** Runs {@code work} and commits, or rolls back and rethrows. */
    <T> T inTransaction(String what, Work<T> work);

    /** Called once rows were removed behind the persistence provider's back: drop cached entities. */
    default void forgetCachedEntities() {
    }

    /** A unit of work of one step. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection, Events events) throws SQLException;
    }

    /** Records an event in the step's transaction (ids and digests only; clear text to the audit trail). */
    @FunctionalInterface
    interface Events {
        void record(ArchiveEvent event, Map<String, String> auditTrailOnly);
    }
}
