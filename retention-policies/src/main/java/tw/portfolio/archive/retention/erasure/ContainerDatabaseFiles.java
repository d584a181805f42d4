package tw.portfolio.archive.retention.erasure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** {@link DerbyFiles} on a connection of its own, outside any container transaction. */
@ApplicationScoped
public class ContainerDatabaseFiles implements DatabaseFiles {
    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String forget(List<String> tables) {
        try (Connection c = dataSource.getConnection()) {
            return DerbyFiles.forget(c, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rewrite the database files: " + e.getMessage(), e);
        }
    }
}
