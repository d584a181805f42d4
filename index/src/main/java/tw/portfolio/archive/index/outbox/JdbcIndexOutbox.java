package tw.portfolio.archive.index.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import tw.portfolio.archive.id.TimeOrderedIds;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.IndexOperation;
import tw.portfolio.archive.search.IndexOutbox;
import tw.portfolio.archive.search.OutboxEntry;

/**
 * {@link IndexOutbox} over table {@code INDEX_OUTBOX} with plain JDBC (portable SQL: Derby and
 * PostgreSQL). Timestamps are stored as UTC. Writers call {@link #enqueue(Connection, String,
 * DocumentType, IndexOperation, Instant)} with the connection of their own transaction.
 */
public final class JdbcIndexOutbox implements IndexOutbox {
    /** Ids are {@link TimeOrderedIds}, as the archive's own writer makes them (no identity contention). */
    private static final String INSERT = "INSERT INTO index_outbox (id, document_id, document_type, operation,"
            + " enqueued_at) VALUES (?, ?, ?, ?, ?)";
    private static final String PENDING = "SELECT id, document_id, document_type, operation, enqueued_at"
            + " FROM index_outbox ORDER BY id";
    private static final String DELETE = "DELETE FROM index_outbox WHERE id = ?";
    private static final String FAILED = "UPDATE index_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";
    private static final int MAX_ERROR = 1000;

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcIndexOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Enqueues in the caller's transaction: the entry commits or rolls back with the record change. */
    public static void enqueue(Connection transaction, String documentId, DocumentType type, IndexOperation operation,
                               Instant at) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement(INSERT)) {
            insert.setLong(1, TimeOrderedIds.next());
            insert.setString(2, documentId);
            insert.setString(3, type.name());
            insert.setString(4, operation.name());
            insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)));
            insert.executeUpdate();
        }
    }

    /** Enqueues in a transaction of its own (for work not tied to a record change, such as re-index requests). */
    public void enqueue(String documentId, DocumentType type, IndexOperation operation) {
        try (Connection c = dataSource.getConnection()) {
            enqueue(c, documentId, type, operation, clock.instant());
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot enqueue index work for " + documentId, e);
        }
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(PENDING)) {
            select.setMaxRows(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OutboxEntry(rows.getLong(1), rows.getString(2), DocumentType.valueOf(rows.getString(3)),
                            IndexOperation.valueOf(rows.getString(4)),
                            rows.getTimestamp(5).toLocalDateTime().toInstant(ZoneOffset.UTC)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new OutboxException("cannot read pending index work", e);
        }
    }

    @Override
    public void acknowledge(Collection<OutboxEntry> done) {
        if (done.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement(DELETE)) {
                for (OutboxEntry entry : done) {
                    delete.setLong(1, entry.id());
                    delete.addBatch();
                }
                delete.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot acknowledge " + done.size() + " index entries", e);
        }
    }

    @Override
    public void recordFailure(OutboxEntry entry, String reason) {
        String error = reason == null ? "unknown" : reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(FAILED)) {
            update.setString(1, error);
            update.setLong(2, entry.id());
            update.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new OutboxException("cannot record the failure of index entry " + entry.id(), e);
        }
    }
}
