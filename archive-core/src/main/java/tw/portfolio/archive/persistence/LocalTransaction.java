package tw.portfolio.archive.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One JDBC transaction on a connection that no container manages: auto-commit off, the work, then
 * commit, or rollback if the work throws; the connection's auto-commit setting is restored either
 * way. Writes that belong together (the event log's leaves, their subtree hashes and the queue
 * entries they came from; an audit run and its failures) are durable together or not at all,
 * whatever the pool's default: a pooled connection can come out in auto-commit, even inside a
 * container transaction (seen on Payara's scheduler threads), and then each statement commits alone
 * and a crash between two statements keeps half of the work.
 */
public final class LocalTransaction {
    /** Work on the connection; may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private LocalTransaction() {
    }

    /**
     * Runs {@code work} as one transaction of its own. Uncommitted work already on the connection is
     * committed with it: give it a connection of its own. A connection enlisted in a container
     * transaction refuses the commit, which fails loudly instead of silently splitting the work.
     */
    public static <T> T run(Connection connection, String what, Work<T> work) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException("could not begin a transaction to " + what + ": " + e.getMessage(), e);
        }
        try {
            T result = work.run();
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
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the pool checks the connection when it is returned
            }
        }
    }

    /**
     * Runs {@code work} in the transaction the connection is already in (auto-commit off: the
     * container's or the caller's, who commits), or, if it came out in auto-commit, as one
     * transaction of its own ({@link #run}).
     */
    public static <T> T joinOrRun(Connection connection, String what, Work<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.run();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
        }
        return run(connection, what, work);
    }
}
