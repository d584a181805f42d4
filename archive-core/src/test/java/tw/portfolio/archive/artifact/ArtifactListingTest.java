package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.account.Role;

/**
 * A student's file list on a real Derby database migrated by the real Flyway scripts: paged newest
 * first, each file exactly once, the total right on every page, and each page read from the listing
 * index alone. Timestamps are shared by four files at a time, so the order rests on its tie-break.
 */
class ArtifactListingTest {
    private static final String URL = "jdbc:derby:memory:artifacts-" + UUID.randomUUID() + ";create=true";
    private static final String STUDENT = UUID.randomUUID().toString();
    private static final String OTHER = UUID.randomUUID().toString();
    private static final int FILES = 157;
    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");

    private static EntityManagerFactory emf;
    /** The student's listed files as the list must show them: newest first, then by id. */
    private static List<String> expected;

    @BeforeAll
    static void database() throws SQLException {
        Flyway.configure().dataSource(URL, "app", "app").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("artifact-test", Map.of("jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "app", "jakarta.persistence.jdbc.password", "app"));
        record Row(String id, Instant createdAt) {
        }
        List<Row> listed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, "app", "app")) {
            student(c, STUDENT, "A123456789");
            student(c, OTHER, "B123456789");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE,"
                    + " SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY,"
                    + " CREATED_BY_ROLE, VERSION) VALUES (?, ?, ?, 'application/pdf', 1, ?, ?, 'f.pdf', 'v1/content/f.pdf',"
                    + " ?, ?, 'student1', 'STUDENT', 1)")) {
                for (int i = 0; i < FILES; i++) {
                    String state = i % 10 == 3 ? "DELETED" : i % 7 == 0 ? "SEALED" : "ACTIVE";
                    Instant at = T0.plusSeconds(i / 4);
                    String id = insert(ps, STUDENT, i, state, at);
                    if (!state.equals("DELETED")) {
                        listed.add(new Row(id, at));
                    }
                    insert(ps, OTHER, FILES + i, "ACTIVE", at);
                }
            }
        }
        expected = listed.stream().sorted(Comparator.comparing(Row::createdAt).reversed().thenComparing(Row::id))
                .map(Row::id).toList();
    }

    private static void student(Connection c, String id, String nationalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STATUS, VERSION) VALUES (?, ?, 'name', 'ENROLLED', 1)")) {
            ps.setString(1, id);
            ps.setString(2, nationalId);
            ps.executeUpdate();
        }
    }

    private static String insert(PreparedStatement ps, String student, int n, String state, Instant at)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        ps.setString(1, id);
        ps.setString(2, student);
        ps.setString(3, "f" + n + ".pdf");
        ps.setString(4, "%064d".formatted(n));
        ps.setString(5, "artifact-" + id);
        ps.setString(6, state);
        ps.setTimestamp(7, Timestamp.from(at));
        ps.executeUpdate();
        return id;
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T read(Function<ArtifactQueries, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            ArtifactQueries queries = new ArtifactQueries();
            queries.em = em;
            return work.apply(queries);
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 20, 100})
    void pagingThroughTheListShowsEveryFileOnceNewestFirstWithTheTotalOnEveryPage(int size) {
        Actor student = Actor.student("student1", STUDENT);
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            ArtifactQueries.Page result = read(q -> q.listForStudent(student, STUDENT, PageRequest.of(p, size)));
            assertEquals(expected.size(), result.total(), "total on page " + page);
            assertEquals(page, result.page());
            if (result.items().isEmpty()) {
                break;
            }
            assertTrue(result.items().size() <= size);
            result.items().forEach(a -> seen.add(a.id()));
        }
        assertEquals(expected, seen);
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no file twice");
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillTellsTheTotal() {
        Actor student = Actor.student("student1", STUDENT);
        for (int page : new int[] {expected.size() / 20 + 1, 1_000_000, (int) PageRequest.maxPage(20)}) {
            ArtifactQueries.Page result = read(q -> q.listForStudent(student, STUDENT, PageRequest.of(page, 20)));
            assertEquals(List.of(), result.items(), "page " + page);
            assertEquals(expected.size(), result.total(), "page " + page);
        }
    }

    @Test
    void staffPagesLeaveSealedFilesOutAndCountOnlyTheRest() {
        Actor staff = Actor.staff("registrar1", Role.REGISTRAR);
        List<String> active = read(q -> expected.stream().filter(id -> q.em.find(Artifact.class, id).state()
                == Artifact.State.ACTIVE).toList());
        List<String> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            int p = page;
            ArtifactQueries.Page result = read(q -> q.listForStudent(staff, STUDENT, PageRequest.of(p, 20)));
            assertEquals(active.size(), result.total(), "total on page " + page);
            if (result.items().isEmpty()) {
                break;
            }
            result.items().forEach(a -> seen.add(a.id()));
        }
        assertEquals(active, seen);
        assertTrue(active.size() < expected.size(), "the fixture has sealed files");
    }

    @Test
    void aPageIsReadFromTheListingIndexAloneWithoutSortingThePortfolio() {
        int offset = 100;
        int size = 20;
        String plan = read(q -> {
            Connection c = q.em.unwrap(Connection.class);
            call(c, "CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            List<String> ids = q.pageIds(STUDENT, List.of(Artifact.State.DELETED), offset, size);
            assertEquals(expected.subList(offset, offset + size), ids);
            return call(c, "VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()");
        });
        assertTrue(plan.contains("using index IX_ARTIFACT_LISTING"), plan);
        assertFalse(plan.contains("Sort ResultSet"), plan);
        assertFalse(plan.contains("Index Row to Base Row"), plan);
        int visited = Integer.parseInt(plan.replaceAll("(?s).*Number of rows visited=(\\d+).*", "$1"));
        assertTrue(visited <= offset + size + FILES / 5, "index entries visited: " + visited + "\n" + plan);
    }

    private static String call(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            if (!s.execute(sql)) {
                return "";
            }
            try (ResultSet rs = s.getResultSet()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
