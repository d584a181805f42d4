package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.retention.SealingSweeps;
import tw.portfolio.archive.retention.SweepView;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Sealing sweeps (§6): start one now, follow it. The daily sweep runs without a request. */
@Path("/retention/sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionSweepsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    SealingSweeps sweeps;
    @Inject
    SweepRunner runner;

    @POST
    @Operation(summary = "Start a sealing sweep now (ACADEMIC_ADMIN, SYSTEM_ADMIN): seals, as of today in the school's "
            + "zone, every student whose seal date has come, and their artifacts; 202 with the sweep's Location")
    @APIResponse(responseCode = "202", description = "{id, state, asOf, policyVersion, examined, sealed, ...}")
    @APIResponse(responseCode = "409", description = "Another sweep is queued or running (named)")
    public Response start() {
        SweepView s = sweeps.request(identity.require());
        runner.submit(s.id());
        return Response.accepted(SweepJson.of(s)).location(URI.create("/api/v1/retention/sweeps/" + s.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One sweep: state (QUEUED, RUNNING, FINISHED, FAILED), students examined and sealed "
            + "(ACADEMIC_ADMIN, SYSTEM_ADMIN, REGISTRAR)")
    public SweepJson get(@PathParam("id") String id) {
        return SweepJson.of(sweeps.view(identity.require(), id));
    }
}
