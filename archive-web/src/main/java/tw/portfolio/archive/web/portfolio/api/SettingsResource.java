package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.portfolio.PortfolioSettings;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The portfolio's limits, so pages show counts against the numbers the server enforces. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    PortfolioSettings settings;

    @GET
    @Path("/limits")
    @Operation(summary = "Selection and upload limits, description length and file sizes in force")
    public PortfolioSettings limits() {
        identity.require();
        return settings;
    }
}
