package tw.portfolio.archive.web.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.web.security.Public;

/** Public facts the pages need: school name, whether this is a demo installation, the build's version. */
@Path("/info")
@Public
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {
    @Inject
    @ConfigProperty(name = ArchiveSettings.DEMO, defaultValue = "false")
    boolean demo;
    @Inject
    @ConfigProperty(name = ArchiveSettings.SCHOOL_NAME, defaultValue = ArchiveSettings.SCHOOL_NAME_DEFAULT)
    String schoolName;

    /** Installation facts. */
    public record InfoJson(boolean demo, String schoolName, String version) {
    }

    @GET
    @Operation(summary = "Installation facts for the login page; version is the build's Maven project version")
    public InfoJson info() {
        return new InfoJson(demo, schoolName, BuildInfo.version());
    }
}
