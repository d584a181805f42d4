package tw.portfolio.archive.retention.deletion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.retention.LegalHoldRef;
import tw.portfolio.archive.retention.RetentionStatus;
import tw.portfolio.archive.retention.SealingPolicy;
import tw.portfolio.archive.retention.StudentRetention;

/**
 * A real Derby database in memory with every migration applied, one per test, and the retention
 * standing read from its STUDENT and LEGAL_HOLD rows as the server reads them.
 */
final class DeletionDatabase implements AutoCloseable, RetentionStatus {
    private final String url = "jdbc:derby:memory:deletion-" + UUID.randomUUID();
    final Connection connection;

    DeletionDatabase() throws SQLException {
        Flyway.configure().dataSource(url + ";create=true", "app", "app").locations("classpath:db/migration").load()
                .migrate();
        connection = DriverManager.getConnection(url, "app", "app");
        connection.setAutoCommit(false);
    }

    /** A student who completed on {@code completedOn} (null: enrolled) and was sealed on {@code sealedOn} (null: not yet). */
    String student(LocalDate completedOn, LocalDate sealedOn) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO STUDENT (ID, NATIONAL_ID, NAME, STATUS, "
                + "COMPLETED_ON, SEALED_ON, VERSION) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
            ps.setString(1, id);
            ps.setString(2, id.substring(0, 10));
            ps.setString(3, "王小明");
            ps.setString(4, completedOn == null ? "ENROLLED" : "GRADUATED");
            ps.setDate(5, completedOn == null ? null : Date.valueOf(completedOn));
            ps.setDate(6, sealedOn == null ? null : Date.valueOf(sealedOn));
            ps.executeUpdate();
        }
        connection.commit();
        return id;
    }

    String hold(String studentId) throws SQLException {
        String id = "hold-" + UUID.randomUUID().toString().substring(0, 8);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO LEGAL_HOLD (ID, STUDENT_ID, REASON, "
                + "PLACED_BY, PLACED_AT) VALUES (?, ?, '訴訟保全', 'registrar1', ?)")) {
            ps.setString(1, id);
            ps.setString(2, studentId);
            ps.setTimestamp(3, Timestamp.from(Instant.parse("2026-12-01T00:00:00Z")));
            ps.executeUpdate();
        }
        connection.commit();
        return id;
    }

    @Override
    public Optional<StudentRetention> of(String studentId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COMPLETED_ON, SEALED_ON FROM STUDENT WHERE ID = ?")) {
            ps.setString(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                LocalDate completed = rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate();
                LocalDate sealed = rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate();
                return Optional.of(new StudentRetention(studentId, completed,
                        completed == null ? null : SealingPolicy.defaults().sealDate(completed), sealed, holds(studentId)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LegalHoldRef> holds(String studentId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT ID, PLACED_AT FROM LEGAL_HOLD WHERE STUDENT_ID = ? AND RELEASED_AT IS NULL ORDER BY PLACED_AT")) {
            ps.setString(1, studentId);
            List<LegalHoldRef> holds = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holds.add(new LegalHoldRef(rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
            return holds;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException expected) {
            // Derby answers a dropped database with an exception
        }
    }
}
