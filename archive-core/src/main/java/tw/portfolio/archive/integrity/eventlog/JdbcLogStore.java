package tw.portfolio.archive.integrity.eventlog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tw.portfolio.archive.error.ConflictException;

/**
 * A {@link LogStore} in the tables of migration {@code V2__event_log.sql}, through plain JDBC on a
 * connection the caller supplies, so leaves are written in the caller's transaction (an event and
 * its leaf commit together or not at all). The store neither commits nor closes the connection.
 *
 * <p>Appends must be serialised by the caller. Should two transactions still race for the same
 * leaf index, the primary key refuses the second, reported as a {@link ConflictException}.
 */
public final class JdbcLogStore implements LogStore {
    private static final String SQL_STATE_DUPLICATE_KEY = "23505";

    private final Connection connection;

    /** A store on {@code connection} (typically the current transaction's). */
    public JdbcLogStore(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public long size() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(leaf_index) FROM event_log_leaf");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long max = rs.getLong(1);
            return rs.wasNull() ? 0 : max + 1;
        } catch (SQLException e) {
            throw failure("read the log size", e);
        }
    }

    @Override
    public Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT node_hash FROM event_log_node WHERE node_level = ? AND node_index = ?")) {
            for (NodeId id : ids) {
                ps.setInt(1, id.level());
                ps.setLong(2, id.index());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found.put(id, Base64.getDecoder().decode(rs.getString(1)));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read node hashes", e);
        }
        return found;
    }

    @Override
    public void appendAll(long firstIndex, List<byte[]> leafData, List<NodeHash> completedNodes) {
        try (PreparedStatement leaf = connection.prepareStatement(
                "INSERT INTO event_log_leaf (leaf_index, leaf_data) VALUES (?, ?)")) {
            long index = firstIndex;
            for (byte[] data : leafData) {
                leaf.setLong(1, index++);
                leaf.setString(2, Base64.getEncoder().encodeToString(data));
                leaf.addBatch();
            }
            leaf.executeBatch();
            insertNodes(completedNodes);
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                throw new ConflictException("event log leaf " + firstIndex
                        + " was appended by another transaction; appends must be serialised", e);
            }
            throw failure("append leaves from " + firstIndex, e);
        }
    }

    /** Stores subtree hashes a store lost, recomputed from its leaves ({@link LogRepair}). */
    void putNodes(List<NodeHash> nodes) {
        try {
            insertNodes(nodes);
        } catch (SQLException e) {
            throw failure("store rebuilt node hashes", e);
        }
    }

    private void insertNodes(List<NodeHash> nodes) throws SQLException {
        try (PreparedStatement node = connection.prepareStatement(
                "INSERT INTO event_log_node (node_level, node_index, node_hash) VALUES (?, ?, ?)")) {
            for (NodeHash n : nodes) {
                node.setInt(1, n.id().level());
                node.setLong(2, n.id().index());
                node.setString(3, Base64.getEncoder().encodeToString(n.hash()));
                node.addBatch();
            }
            node.executeBatch();
        }
    }

    @Override
    public List<byte[]> leafData(long start, long end) {
        List<byte[]> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT leaf_data FROM event_log_leaf WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index")) {
            ps.setLong(1, start);
            ps.setLong(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Base64.getDecoder().decode(rs.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw failure("read leaves " + start + ".." + end, e);
        }
        return out;
    }

    static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (SQL_STATE_DUPLICATE_KEY.equals(s.getSQLState())) {
                return true;
            }
        }
        return e instanceof java.sql.SQLIntegrityConstraintViolationException
                || e.getCause() instanceof java.sql.SQLIntegrityConstraintViolationException;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("event log storage could not " + what + ": " + describe(e), e);
    }

    /**
     * The message, SQL state and chained exceptions of {@code e}: a batch's own message is often
     * generic, the reason (a lock timeout, a duplicate key) is in the next exception.
     */
    static String describe(SQLException e) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (SQLException s = e; s != null && n < 4; s = s.getNextException(), n++) {
            if (n > 0) {
                out.append("; next: ");
            }
            out.append(s.getMessage()).append(" [SQLState ").append(s.getSQLState()).append(']');
        }
        return out.toString();
    }
}
