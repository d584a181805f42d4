package tw.portfolio.archive.retention.erasure;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Makes an embedded Derby database forget deleted rows, in its files and not only in its tables.
 * A deleted row stays in its page until the slot is reused, and the transaction log keeps the row
 * image of every DELETE and UPDATE (for undo) until its log file is dropped. So: each touched table
 * is rebuilt ({@code SYSCS_COMPRESS_TABLE}: new containers holding only live rows, indexes rebuilt,
 * the old files dropped); then scratch rows are written until Derby switches to a new log file, and
 * a checkpoint makes every older log file unnecessary, which Derby then deletes (it does not reuse
 * them outside log-archive mode). Twice, so the checkpoint of the first round is behind one too.
 * Needs a connection of its own in auto-commit, outside any container transaction.
 */
public final class DerbyFiles {
    /** Derby's default log switch interval (derby.storage.logSwitchInterval), 1 MiB. */
    static final long DEFAULT_LOG_SWITCH = 1024 * 1024;
    private static final int FILL_CHARS = 32_000;

    private DerbyFiles() {
    }

    /** Rebuilds {@code tables} and cycles the log; returns what was done, for the confirmation. */
    public static String forget(Connection c, List<String> tables) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(Locale.ROOT).contains("derby")) {
            return "database " + product + ": rows deleted; no Derby file rewriting applies";
        }
        c.setAutoCommit(true);
        String schema = schemaOf(c, tables.get(0));
        int rebuilt = 0;
        for (String table : tables) {
            if (exists(c, schema, table)) {
                try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
                    cs.setString(1, schema);
                    cs.setString(2, table);
                    cs.execute();
                    rebuilt++;
                }
            }
        }
        long logSwitch = logSwitchInterval(c);
        for (int round = 0; round < 2; round++) {
            fillLog(c, logSwitch);
            checkpoint(c);
        }
        compress(c, schema, "ERASURE_LOG_FILL");
        checkpoint(c);
        return rebuilt + " tables rebuilt; transaction log cycled past " + (2 * logSwitch / 1024) + " KiB and checkpointed";
    }

    private static void fillLog(Connection c, long bytes) throws SQLException {
        String fill = "0".repeat(FILL_CHARS);
        int rows = (int) (bytes / FILL_CHARS) + 2;
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ERASURE_LOG_FILL (ID, FILL) VALUES (?, ?)")) {
            for (int i = 0; i < rows; i++) {
                ps.setInt(1, i);
                ps.setString(2, fill);
                ps.executeUpdate();
            }
            c.commit();
            Sql.update(c, "DELETE FROM ERASURE_LOG_FILL");
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void checkpoint(Connection c) throws SQLException {
        try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()")) {
            cs.execute();
        }
    }

    private static void compress(Connection c, String schema, String table) throws SQLException {
        try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE(?, ?, 1)")) {
            cs.setString(1, schema);
            cs.setString(2, table);
            cs.execute();
        }
    }

    private static long logSwitchInterval(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.storage.logSwitchInterval')");
                ResultSet rs = ps.executeQuery()) {
            String value = rs.next() ? rs.getString(1) : null;
            long configured = value == null ? 0 : Long.parseLong(value.strip());
            String system = System.getProperty("derby.storage.logSwitchInterval");
            long fromSystem = system == null ? 0 : Long.parseLong(system.strip());
            return Math.max(DEFAULT_LOG_SWITCH, Math.max(configured, fromSystem));
        }
    }

    private static String schemaOf(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.SCHEMANAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s"
                + " ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLENAME = ? AND t.TABLETYPE = 'T'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        return c.getSchema();
    }

    private static boolean exists(Connection c, String schema, String table) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                + " WHERE s.SCHEMANAME = ? AND t.TABLENAME = ?", schema, table) > 0;
    }
}
