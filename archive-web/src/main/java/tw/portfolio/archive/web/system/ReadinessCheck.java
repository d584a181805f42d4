package tw.portfolio.archive.web.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.web.startup.ArchiveStartup;

/** Ready when start-up finished, the database answers and the storage root is writable. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Inject
    ArchiveStartup startup;
    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("archive");
        boolean started = startup.isReady();
        boolean db = false;
        try (Connection c = dataSource.getConnection()) {
            db = c.isValid(2);
        } catch (Exception e) {
            b.withData("databaseError", e.getClass().getSimpleName());
        }
        Path ocfl = dataDirectory.root().resolve("ocfl");
        boolean storage = Files.isDirectory(ocfl) && Files.isWritable(ocfl);
        if (startup.notReadyReason() != null) {
            b.withData("reason", startup.notReadyReason());
        }
        return b.withData("started", started).withData("database", db).withData("storage", storage)
                .status(started && db && storage).build();
    }
}
