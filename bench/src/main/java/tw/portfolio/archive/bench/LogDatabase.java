package tw.portfolio.archive.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * An embedded Derby database on disk with the archive's own schema (Flyway, every migration), as the
 * server has it: default Derby durability, so every commit forces the transaction log to disk.
 */
final class LogDatabase {
    static {
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir") + "/bench-derby.log");
    }

    private LogDatabase() {
    }

    /** Opens (creating and migrating if needed) the database in {@code dir}, auto-commit off. */
    static Connection open(Path dir) throws SQLException {
        String url = "jdbc:derby:" + dir.toAbsolutePath() + ";create=true";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").load().migrate();
        Connection c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
        return c;
    }

    /** Shuts the database in {@code dir} down so its files are closed (Derby answers with an exception). */
    static void shutdown(Path dir) {
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }

    /**
     * Leaf {@code i}: canonical-JSON-like bytes the size of a real event (~230 bytes), fixed by seed,
     * carrying ids and digests only.
     */
    static byte[] leaf(long i, Random random) {
        String s = String.format(Locale.ROOT, "{\"actorRole\":\"STUDENT\",\"artifactId\":\"%016x%016x\","
                + "\"eventType\":\"ingestion\",\"outcome\":\"success\",\"seq\":%d,"
                + "\"sha256\":\"%016x%016x%016x%016x\",\"time\":\"2026-11-29T04:00:00Z\"}",
                random.nextLong(), random.nextLong(), i, random.nextLong(), random.nextLong(), random.nextLong(),
                random.nextLong());
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
