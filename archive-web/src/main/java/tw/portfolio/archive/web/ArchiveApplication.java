package tw.portfolio.archive.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1}. The database is an application data source whose driver, URL
 * and credentials are settings; the default is embedded Derby under the data directory.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Portfolio Archive API (學生學習歷程檔案典藏)", version = "1",
        description = "Archive of senior-high learning portfolios: uploads, integrity evidence, search."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
@DataSourceDefinition(name = "java:app/jdbc/archive",
        className = "${MPCONFIG=archive.db.dataSourceClass}",
        databaseName = "${MPCONFIG=archive.db.name}",
        serverName = "${MPCONFIG=archive.db.serverName}",
        portNumber = -1,
        user = "${MPCONFIG=archive.db.user}",
        password = "${MPCONFIG=archive.db.password}",
        minPoolSize = 1, maxPoolSize = 32,
        properties = {"createDatabase=${MPCONFIG=archive.db.createDatabase}"})
public class ArchiveApplication extends Application {
}
