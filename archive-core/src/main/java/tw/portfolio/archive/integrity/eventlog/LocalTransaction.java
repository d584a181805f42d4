package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One JDBC transaction on a connection that no container manages: auto-commit off, the work, then
 * commit, or rollback if the work throws; the connection's auto-commit setting is restored either
 * way. What the log writes together (leaves, their subtree hashes, the queue entries they came from)
 * is durable together or not at all, whatever the pool's default: a pooled connection hands out
 * auto-commit on, and on it each statement would commit alone, so a crash between two statements
 * would leave leaves without their nodes or entries appended twice.
 *
 * <p>Any uncommitted work already on the connection is committed with this transaction: give it a
 * connection of its own. A connection enlisted in a container transaction refuses the commit, which
 * fails loudly instead of silently splitting the work.
 */
final class LocalTransaction {
    private LocalTransaction() {
    }

    static <T> T run(Connection connection, String what, Supplier<T> work) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("event log could not begin a transaction to " + what + ": "
                    + e.getMessage(), e);
        }
        try {
            T result = work.get();
            connection.commit();
            return result;
        } catch (RuntimeException | SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("event log could not commit (" + what + "): " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the pool checks the connection when it is returned
            }
        }
    }
}
