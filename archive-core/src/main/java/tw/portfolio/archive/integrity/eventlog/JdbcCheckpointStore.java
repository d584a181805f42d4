package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Issued checkpoints in table {@code event_log_checkpoint} (migration V2), through plain JDBC on
 * the caller's connection, like {@link JdbcLogStore}.
 */
public final class JdbcCheckpointStore {
    private final Connection connection;

    /** A store on {@code connection}. */
    public JdbcCheckpointStore(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * Records a signed checkpoint note issued at {@code issuedAt} and returns it; if one of the same
     * tree size was recorded first (two requests issuing at once), that one stays and is returned:
     * one checkpoint per tree size, and the second issuer is not an error.
     */
    public String save(String note, Instant issuedAt) {
        Checkpoint checkpoint = Checkpoints.parse(note);
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO event_log_checkpoint (tree_size, note, issued_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, checkpoint.treeSize());
            ps.setString(2, note);
            ps.setTimestamp(3, Timestamp.from(issuedAt));
            ps.executeUpdate();
            return note;
        } catch (SQLException e) {
            if (JdbcLogStore.isDuplicateKey(e)) {
                return ofSize(checkpoint.treeSize()).orElseThrow(() -> new IllegalStateException(
                        "checkpoint of size " + checkpoint.treeSize() + " both present and absent", e));
            }
            throw new IllegalStateException("cannot record checkpoint of size " + checkpoint.treeSize(), e);
        }
    }

    /** The checkpoint of the largest tree issued so far. */
    public Optional<String> latest() {
        return query("SELECT note FROM event_log_checkpoint WHERE tree_size = "
                + "(SELECT MAX(tree_size) FROM event_log_checkpoint)", null);
    }

    /** The checkpoint issued for exactly {@code treeSize}, if one was. */
    public Optional<String> ofSize(long treeSize) {
        return query("SELECT note FROM event_log_checkpoint WHERE tree_size = ?", treeSize);
    }

    private Optional<String> query(String sql, Long treeSize) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (treeSize != null) {
                ps.setLong(1, treeSize);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read checkpoints", e);
        }
    }
}
