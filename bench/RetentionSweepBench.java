import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.retention.PolicyVersions;
import tw.portfolio.archive.retention.RetentionTx;
import tw.portfolio.archive.retention.SealingBatch;
import tw.portfolio.archive.retention.SealingSweeps;
import tw.portfolio.archive.retention.SweepView;

/**
 * For bench/retention-sweep.sh, run as a single source file: the sealing sweep (issue 15; target
 * 1,000,000 records in at most 30 s) on embedded Derby in a directory, with the sweep's own classes
 * (SealingSweeps, SealingBatch: batches of 500 students, set-based UPDATEs) wired by hand over a
 * resource-local EntityManager, against a per-entity loop (one UPDATE per student and one per artifact
 * row, committed every 500 students) in the same run and the same tables. The loop seals a second
 * population that the sweep leaves alone (not yet due), capped at LOOP_ROWS artifact rows, and its
 * time is extrapolated to the sweep's row count. The floor is the bare stack doing only the work no
 * design of "sealed" as a row state avoids: one transaction of two plain statements that seal a third
 * population (FLOOR_ROWS artifact rows) — every ARTIFACT row and its listing-index entry rewritten, no
 * batches, no events, no counting — extrapolated the same way. SEALING events are counted in memory,
 * not written to the Merkle event log (the container writes one log entry per sealed student).
 * Usage: java -cp CLASSPATH bench/RetentionSweepBench.java DIR [STUDENTS] [ARTIFACTS_PER_STUDENT] [LOOP_ROWS]
 *        [FLOOR_ROWS]
 */
public final class RetentionSweepBench {
    private static final LocalDate DUE = LocalDate.of(2019, 7, 31);
    private static final LocalDate NOT_DUE = LocalDate.of(2025, 7, 31);
    /** The floor's population: not due either, and apart from the loop's. */
    private static final LocalDate FLOOR = LocalDate.of(2025, 8, 1);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int students = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int perStudent = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int loopRows = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        int loopStudents = (loopRows + perStudent - 1) / perStudent;
        int floorRows = args.length > 4 ? Integer.parseInt(args[4]) : 200_000;
        int floorStudents = (floorRows + perStudent - 1) / perStudent;
        Files.createDirectories(dir);
        String url = "jdbc:derby:directory:" + dir.resolve("db").toAbsolutePath();
        Flyway.configure().dataSource(url + ";create=true", "app", "app").locations("classpath:db/migration").load()
                .migrate();

        long t0 = System.nanoTime();
        populate(url, students, perStudent, DUE);
        List<String> loopIds = populate(url, loopStudents, perStudent, NOT_DUE);
        populate(url, floorStudents, perStudent, FLOOR);
        System.out.printf("populated: %,d students with %,d artifact rows to seal, %,d students with %,d rows for the "
                + "loop, in %.1f s%n", students, (long) students * perStudent, loopStudents,
                (long) loopStudents * perStudent, secs(t0));

        EntityManagerFactory emf = Persistence.createEntityManagerFactory("retention-bench", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "app",
                "jakarta.persistence.jdbc.password", "app"));
        EntityManager em = emf.createEntityManager();
        AtomicLong events = new AtomicLong();
        ArchiveEvents counting = e -> events.incrementAndGet();
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC);
        RetentionTx tx = new RetentionTx() {
            @Override
            public <T> T inNewTransaction(Supplier<T> work) {
                em.getTransaction().begin();
                try {
                    T result = work.get();
                    em.getTransaction().commit();
                    return result;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.clear();
                }
            }
        };
        PolicyVersions policies = new PolicyVersions();
        wire(policies, "em", em, "events", counting, "clock", clock, "sealAfter", "P5Y", "disposeAfter", "P5Y");
        SealingBatch batch = new SealingBatch();
        wire(batch, "em", em, "events", counting, "policies", policies, "clock", clock);
        SealingSweeps sweeps = new SealingSweeps();
        wire(sweeps, "em", em, "tx", tx, "policies", policies, "batch", batch, "clock", clock, "zone", "Asia/Taipei",
                "batchSize", 500);
        tx.inNewTransaction(policies::ensureCurrent);
        String id = sweeps.request(Actor.staff("bench", Role.ACADEMIC_ADMIN)).id();

        System.out.println("load before the sweep: " + load());
        long t1 = System.nanoTime();
        SweepView s = sweeps.run(id);
        double setBased = secs(t1);
        System.out.printf("set-based sweep: %s, examined %,d students, sealed %,d students and %,d artifact rows "
                + "(%,d SEALING events counted) in %.2f s: %,.0f artifact rows/s%n", s.state(), s.examined(), s.sealed(),
                s.artifacts(), events.get(), setBased, s.artifacts() / setBased);
        em.close();
        emf.close();

        System.out.println("load before the loop: " + load());
        long t2 = System.nanoTime();
        long looped = perEntityLoop(url, loopIds);
        double loop = secs(t2);
        double extrapolated = loop * s.artifacts() / looped;
        System.out.printf("per-entity loop: %,d students and %,d artifact rows, one UPDATE each, in %.2f s: %,.0f rows/s; "
                + "extrapolated to %,d rows: %.1f s%n", loopIds.size(), looped, loop, looped / loop, s.artifacts(),
                extrapolated);
        System.out.printf("ratio: the per-entity loop takes %.1f times as long as the set-based sweep (extrapolated)%n",
                extrapolated / setBased);
        System.out.println("load before the floor: " + load());
        long t3 = System.nanoTime();
        long floored = floor(url);
        double floorSecs = secs(t3);
        double floorExtrapolated = floorSecs * s.artifacts() / floored;
        System.out.printf("floor (two plain UPDATEs in one transaction): %,d artifact rows in %.2f s: %,.0f rows/s; "
                + "extrapolated to %,d rows: %.1f s%n", floored, floorSecs, floored / floorSecs, s.artifacts(),
                floorExtrapolated);
        System.out.printf("ratio: the sweep takes %.2f times as long as the floor (extrapolated)%n",
                setBased / floorExtrapolated);
        System.out.println("load after: " + load());
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception.
        }
    }

    /** Inserts students who completed on {@code completedOn}, each with {@code perStudent} ACTIVE artifacts. */
    private static List<String> populate(String url, int students, int perStudent, LocalDate completedOn)
            throws SQLException {
        List<String> ids = new ArrayList<>(students);
        try (Connection c = DriverManager.getConnection(url, "app", "app");
                PreparedStatement st = c.prepareStatement("INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STATUS, "
                        + "COMPLETED_ON, VERSION) VALUES (?, ?, 'bench', 'GRADUATED', ?, 0)");
                PreparedStatement ar = c.prepareStatement("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE, "
                        + "SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, "
                        + "CREATED_BY_ROLE, VERSION) VALUES (?, ?, 'report.pdf', 'application/pdf', 1000, "
                        + "'0000000000000000000000000000000000000000000000000000000000000000', ?, 'report.pdf', "
                        + "'v1/content/report.pdf', 'ACTIVE', ?, 'bench', 'STUDENT', 0)")) {
            c.setAutoCommit(false);
            Timestamp created = Timestamp.from(Instant.parse("2018-05-01T00:00:00Z"));
            for (int i = 0; i < students; i++) {
                String sid = UUID.randomUUID().toString();
                ids.add(sid);
                st.setString(1, sid);
                st.setString(2, sid.substring(0, 10));
                st.setDate(3, Date.valueOf(completedOn));
                st.addBatch();
                for (int a = 0; a < perStudent; a++) {
                    String aid = UUID.randomUUID().toString();
                    ar.setString(1, aid);
                    ar.setString(2, sid);
                    ar.setString(3, "urn:bench:" + aid);
                    ar.setTimestamp(4, created);
                    ar.addBatch();
                }
                if (i % 1000 == 999 || i == students - 1) {
                    st.executeBatch();
                    ar.executeBatch();
                    c.commit();
                }
            }
        }
        return ids;
    }

    /** The floor: the FLOOR population sealed by two plain statements in one transaction; returns the artifact rows. */
    private static long floor(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "app", "app");
                PreparedStatement artifacts = c.prepareStatement("UPDATE ARTIFACT SET STATE = 'SEALED', VERSION = "
                        + "VERSION + 1 WHERE STATE = 'ACTIVE' AND STUDENT_ID IN (SELECT ID FROM STUDENT WHERE "
                        + "COMPLETED_ON = ?)");
                PreparedStatement students = c.prepareStatement("UPDATE STUDENT SET SEALED_ON = ?, VERSION = VERSION + 1 "
                        + "WHERE COMPLETED_ON = ?")) {
            c.setAutoCommit(false);
            artifacts.setDate(1, Date.valueOf(FLOOR));
            long rows = artifacts.executeUpdate();
            students.setDate(1, Date.valueOf("2026-12-08"));
            students.setDate(2, Date.valueOf(FLOOR));
            students.executeUpdate();
            c.commit();
            return rows;
        }
    }

    /** Seals the students one UPDATE per student and one per artifact row, committing every 500 students. */
    private static long perEntityLoop(String url, List<String> studentIds) throws SQLException {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, "app", "app");
                PreparedStatement artifacts = c.prepareStatement(
                        "SELECT ID FROM ARTIFACT WHERE STUDENT_ID = ? AND STATE = 'ACTIVE'");
                PreparedStatement student = c.prepareStatement("UPDATE STUDENT SET SEALED_ON = ?, SEAL_DATE = ?, "
                        + "SEAL_POLICY_VERSION = 1, VERSION = VERSION + 1 WHERE ID = ? AND SEALED_ON IS NULL");
                PreparedStatement artifact = c.prepareStatement(
                        "UPDATE ARTIFACT SET STATE = 'SEALED', VERSION = VERSION + 1 WHERE ID = ? AND STATE = 'ACTIVE'")) {
            c.setAutoCommit(false);
            int n = 0;
            for (String sid : studentIds) {
                student.setDate(1, Date.valueOf("2026-12-08"));
                student.setDate(2, Date.valueOf(NOT_DUE.plusYears(5)));
                student.setString(3, sid);
                student.executeUpdate();
                List<String> ids = new ArrayList<>();
                artifacts.setString(1, sid);
                try (ResultSet rs = artifacts.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                for (String aid : ids) {
                    artifact.setString(1, aid);
                    rows += artifact.executeUpdate();
                }
                if (++n % 500 == 0) {
                    c.commit();
                }
            }
            c.commit();
        }
        return rows;
    }

    private static void wire(Object bean, Object... fieldsAndValues) throws ReflectiveOperationException {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            Field f = bean.getClass().getDeclaredField((String) fieldsAndValues[i]);
            f.setAccessible(true);
            f.set(bean, fieldsAndValues[i + 1]);
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
