package tw.portfolio.archive.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A student's file list on embedded Derby on disk, in-process, with the SQL EclipseLink sends for it:
 * before migration V10 (one query for the page's whole rows, ordered, offset, fetched; one count)
 * against after it (the page's ids from the listing index, those rows by key, the count only for a
 * full page). Two databases with the same N rows of one student (and N of another), each with the
 * archive's schema up to V7 (the last before V10 here) or up to V10, reopened cold, Derby's default page cache as in the server.
 * Each kind: 50 unmeasured requests, then ROUNDS measured; p50/p99 in ms. "count" is the after
 * case's count alone (its share of a full page).
 *
 * <p>Usage: {@code ListingQueries DIR N ROUNDS} (bench/list.sh's in-process peer; run by hand:
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) tw.portfolio.archive.bench.ListingQueries /tmp/x 10000 300).
 */
public final class ListingQueries {
    private static final String STUDENT = "00000000-0000-4000-8000-000000000001";
    private static final String OTHER = "00000000-0000-4000-8000-000000000002";
    private static final String WHERE = " FROM ARTIFACT WHERE ((STUDENT_ID = ?) AND (STATE <> ?))";
    private static final String ORDER = " ORDER BY CREATED_AT DESC, ID ASC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    private static final String COLUMNS = "ID, CONTENT_PATH, CREATED_AT, CREATED_BY, CREATED_BY_ROLE, FILENAME, KEY_ID,"
            + " LEAF_INDEX, LOG_ENTRY, LOGICAL_NAME, MEDIA_TYPE, OCFL_OBJECT_ID, SHA256, SIGNATURE_VALUE,"
            + " SIGNED_STATEMENT, SIZE_BYTES, STATE, STUDENT_ID, TITLE, VERSION";
    private static final int SIZE = 20;

    static {
        System.setProperty("derby.stream.error.file", System.getProperty("java.io.tmpdir") + "/bench-derby.log");
    }

    private ListingQueries() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        for (String version : List.of("7", "10")) {
            Path db = dir.resolve("v" + version);
            String url = "jdbc:derby:" + db.toAbsolutePath() + ";create=true";
            Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target(version).validateOnMigrate(false).load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(url)) {
                fill(c, n);
            }
            LogDatabase.shutdown(db);
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + db.toAbsolutePath())) {
                int pages = (count(c) + SIZE - 1) / SIZE;
                String schema = version.equals("7") ? "schema up to V7, the old query" : "schema up to V10, the new queries";
                for (String kind : version.equals("7") ? List.of("first", "random", "last")
                        : List.of("first", "random", "last", "count")) {
                    Random random = new Random(7);
                    long[] nanos = new long[rounds];
                    for (int i = -50; i < rounds; i++) {
                        int page = switch (kind) {
                            case "first" -> 0;
                            case "last" -> pages - 1;
                            default -> random.nextInt(pages);
                        };
                        long t = System.nanoTime();
                        int rows = kind.equals("count") ? count(c)
                                : version.equals("7") ? before(c, page) : after(c, page);
                        if (i >= 0) {
                            nanos[i] = System.nanoTime() - t;
                        }
                        if (rows == 0) {
                            throw new IllegalStateException("page " + page + " is empty");
                        }
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "%-34s page %-6s p50 %.2f p99 %.2f (ms, %d rows, %d requests)%n",
                            schema, kind, nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6, n, rounds);
                }
            }
            LogDatabase.shutdown(db);
        }
    }

    private static void fill(Connection c, int n) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(20261207);
        String statement = "x".repeat(700);
        Instant t0 = Instant.parse("2026-09-01T00:00:00Z");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, TITLE,"
                + " MEDIA_TYPE, SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT,"
                + " CREATED_BY, CREATED_BY_ROLE, KEY_ID, SIGNED_STATEMENT, SIGNATURE_VALUE, VERSION)"
                + " VALUES (?, ?, ?, ?, 'application/pdf', 2048, ?, ?, 'f.pdf', ?, 'ACTIVE', ?, 'student1', 'STUDENT',"
                + " 'school-2026', ?, ?, 1)")) {
            for (int i = 0; i < 2 * n; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                ps.setString(1, id);
                ps.setString(2, i % 2 == 0 ? STUDENT : OTHER);
                ps.setString(3, "f" + i + ".pdf");
                ps.setString(4, "報告 " + i);
                ps.setString(5, "%064x".formatted(i));
                ps.setString(6, "artifact-" + id);
                ps.setString(7, "artifact-" + id + "/v1/content/f.pdf");
                ps.setTimestamp(8, Timestamp.from(t0.plusMillis(i * 37L)));
                ps.setString(9, statement);
                ps.setString(10, "y".repeat(88));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(ID)" + WHERE)) {
            ps.setString(1, STUDENT);
            ps.setString(2, "DELETED");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void bindPage(PreparedStatement ps, int page) throws SQLException {
        ps.setString(1, STUDENT);
        ps.setString(2, "DELETED");
        ps.setInt(3, page * SIZE);
        ps.setInt(4, SIZE);
    }

    /** What ArtifactQueries sent before V10: the page's rows, ordered and offset, then the count. */
    private static int before(Connection c, int page) throws SQLException {
        int rows = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + WHERE + ORDER)) {
            bindPage(ps, page);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString("SIGNED_STATEMENT");
                    rows++;
                }
            }
        }
        count(c);
        return rows;
    }

    /** What it sends after: the page's ids, those rows by key, and the count for a full page. */
    private static int after(Connection c, int page) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID" + WHERE + ORDER)) {
            bindPage(ps, page);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int rows = 0;
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ARTIFACT WHERE ID IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString("SIGNED_STATEMENT");
                    rows++;
                }
            }
        }
        if (ids.size() == SIZE) {
            count(c);
        }
        return rows;
    }
}
