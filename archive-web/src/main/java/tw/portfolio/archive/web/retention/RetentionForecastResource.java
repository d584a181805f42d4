package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.retention.RetentionForecast;
import tw.portfolio.archive.retention.RetentionForecasts;
import tw.portfolio.archive.web.security.RequestIdentity;

/** What seals and what becomes disposable in the next days. */
@Path("/retention/forecast")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionForecastResource {
    @Inject
    RequestIdentity identity;
    @Inject
    RetentionForecasts forecasts;

    @GET
    @Operation(summary = "Retention forecast for the next `days` (1 to 3660) days (REGISTRAR, ACADEMIC_ADMIN, "
            + "SYSTEM_ADMIN): {asOf, until, policyVersion, sealingTotal, sealing: [{date, students, held}], "
            + "disposableTotal, disposable: [...]}. A sealing date before asOf is due and not swept yet")
    public RetentionForecast get(@QueryParam("days") String days) {
        return forecasts.forecast(identity.require(), days);
    }
}
