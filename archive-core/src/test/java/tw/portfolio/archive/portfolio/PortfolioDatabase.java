package tw.portfolio.archive.portfolio;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;

/**
 * One in-memory Derby database per test JVM, migrated once by Flyway with the real scripts
 * ({@code db/migration}), and the test persistence unit over it. Each test gets an empty
 * portfolio (the portfolio tables are cleared and the JPA cache evicted) and each
 * {@link #inTransaction} call gets its own EntityManager and transaction, as a request does in
 * the container.
 */
public final class PortfolioDatabase implements AutoCloseable {
    /** Children before parents, so the foreign keys allow the deletes. */
    private static final List<String> TABLES = List.of("SELECTION_DIVERSE", "SELECTION_OUTCOME", "SELECTION",
            "DIVERSE_PERFORMANCE_ARTIFACT", "DIVERSE_PERFORMANCE", "COURSE_OUTCOME_CERTIFICATION",
            "COURSE_OUTCOME_ARTIFACT", "COURSE_OUTCOME", "ENROLLMENT", "COURSE_TEACHER", "COURSE",
            "TEACHER_AVAILABILITY", "PORTFOLIO_WINDOW");
    private static final String URL = "jdbc:derby:memory:portfolio-" + UUID.randomUUID() + ";create=true";
    private static EntityManagerFactory sharedEmf;

    private final String url = URL;
    private final EntityManagerFactory emf;
    private final PortfolioFixture fixture;

    public PortfolioDatabase(PortfolioFixture fixture) {
        this.fixture = fixture;
        this.emf = factory();
        clear();
    }

    private static synchronized EntityManagerFactory factory() {
        if (sharedEmf == null) {
            Flyway.configure().dataSource(URL, "app", "app").locations("classpath:db/migration").load().migrate();
            sharedEmf = Persistence.createEntityManagerFactory("portfolio-test", Map.of(
                    "jakarta.persistence.jdbc.url", URL,
                    "jakarta.persistence.jdbc.user", "app",
                    "jakarta.persistence.jdbc.password", "app"));
        }
        return sharedEmf;
    }

    private void clear() {
        try (Connection c = DriverManager.getConnection(url, "app", "app"); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear the portfolio tables", e);
        }
        emf.getCache().evictAll();
    }

    /** Runs {@code work} in one transaction; commits on return, rolls back on an exception. */
    public <T> T inTransaction(Function<PortfolioServices, T> work) {
        return withEntityManager(em -> work.apply(fixture.services(em)));
    }

    /** Runs {@code work} with a raw EntityManager in one transaction. */
    public <T> T withEntityManager(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /** Counts rows straight from SQL, bypassing JPA and its caches. */
    public long count(String table) {
        return scalar("SELECT COUNT(*) FROM " + table);
    }

    public long scalar(String sql) {
        try (Connection c = DriverManager.getConnection(url, "app", "app");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Leaves the shared database to the next test, which clears it. */
    @Override
    public void close() {
        emf.getCache().evictAll();
    }
}
