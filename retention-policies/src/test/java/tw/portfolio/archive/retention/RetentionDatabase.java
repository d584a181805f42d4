package tw.portfolio.archive.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.portfolio.MutableClock;
import tw.portfolio.archive.portfolio.RecordingArchiveEvents;

/**
 * A fresh in-memory Derby database migrated by the real scripts, one EntityManager over it
 * (archive-core's test unit; native SQL only), resource-local transactions standing in for the
 * container's, and the retention services wired by hand over them.
 */
final class RetentionDatabase implements AutoCloseable, RetentionTx {
    final String url = "jdbc:derby:memory:retention-" + UUID.randomUUID();
    final EntityManagerFactory emf;
    final EntityManager em;
    final RecordingArchiveEvents events = new RecordingArchiveEvents();
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T01:00:00Z"));
    final PolicyVersions policies = new PolicyVersions();
    final SealingBatch batch = new SealingBatch();
    final SealingSweeps sweeps = new SealingSweeps();
    final DatabaseRetentionStatus status = new DatabaseRetentionStatus();
    final LegalHolds holds = new LegalHolds();
    final RetentionForecasts forecasts = new RetentionForecasts();
    int transactions;

    RetentionDatabase() {
        Flyway.configure().dataSource(url + ";create=true", "app", "app").locations("classpath:db/migration").load().migrate();
        emf = Persistence.createEntityManagerFactory("artifact-test", Map.of("jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "app", "jakarta.persistence.jdbc.password", "app"));
        em = emf.createEntityManager();
        settings("P5Y", "P5Y");
        policies.em = em;
        policies.events = events;
        policies.clock = clock;
        batch.em = em;
        batch.events = events;
        batch.policies = policies;
        batch.clock = clock;
        sweeps.em = em;
        sweeps.tx = this;
        sweeps.policies = policies;
        sweeps.batch = batch;
        sweeps.clock = clock;
        sweeps.zone = RetentionSettings.ZONE_DEFAULT;
        sweeps.batchSize = 500;
        status.em = em;
        status.policies = policies;
        holds.em = em;
        holds.events = events;
        holds.clock = clock;
        forecasts.em = em;
        forecasts.policies = policies;
        forecasts.sweeps = sweeps;
        inNewTransaction(policies::ensureCurrent);
    }

    void settings(String sealAfter, String disposeAfter) {
        policies.sealAfter = sealAfter;
        policies.disposeAfter = disposeAfter;
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        transactions++;
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    /** A student who completed on {@code completedOn} (null: still enrolled). */
    String student(LocalDate completedOn) {
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STATUS, COMPLETED_ON, VERSION) VALUES (?, ?, 'n', ?, ?, 0)",
                id, id.substring(0, 10), completedOn == null ? "ENROLLED" : "GRADUATED",
                completedOn == null ? null : Date.valueOf(completedOn));
        return id;
    }

    String artifact(String studentId) {
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO ARTIFACT (ID, STUDENT_ID, FILENAME, MEDIA_TYPE, SIZE_BYTES, SHA256, OCFL_OBJECT_ID, LOGICAL_NAME, "
                + "CONTENT_PATH, STATE, CREATED_AT, CREATED_BY, CREATED_BY_ROLE, VERSION) VALUES (?, ?, 'f.pdf', "
                + "'application/pdf', 1, 'x', ?, 'f', 'p', 'ACTIVE', ?, 'u', 'STUDENT', 0)",
                id, studentId, "o-" + id, Timestamp.from(clock.instant()));
        return id;
    }

    void sql(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(url, "app", "app"); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    s.setNull(i + 1, s.getParameterMetaData().getParameterType(i + 1));
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql) {
        try (Connection c = DriverManager.getConnection(url, "app", "app"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String text(String sql) {
        try (Connection c = DriverManager.getConnection(url, "app", "app"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        em.close();
        emf.close();
        try {
            DriverManager.getConnection(url + ";drop=true", "app", "app").close();
        } catch (SQLException expected) {
            // Derby answers a dropped database with an exception.
        }
    }
}
