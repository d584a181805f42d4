package tw.portfolio.archive.web.integrity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Evidence bundles and server-side verification of one artifact (AUDITOR and the owning student). */
@Path("/artifacts/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
    @Inject
    EvidenceService evidence;
    @Inject
    RequestIdentity identity;

    /** One named check, green or red with its reason. */
    public record CheckJson(String name, boolean ok, String reason) {
    }

    /** The verification of one artifact. */
    public record VerificationJson(String artifactId, boolean ok, List<CheckJson> checks) {
    }

    @GET
    @Path("/evidence")
    @Operation(summary = "Evidence bundle: statement, signature, key, leaf, inclusion proof, signed checkpoint")
    public Response evidence(@PathParam("id") String id) {
        byte[] json = evidence.bundle(identity.require(), id).toJson();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"evidence-" + id.replaceAll("[^0-9a-f-]", "")
                        + ".json\"").build();
    }

    @GET
    @Path("/verification")
    @Operation(summary = "Check digest of the stored bytes, signature, leaf, checkpoint and inclusion now")
    public VerificationJson verification(@PathParam("id") String id) {
        List<CheckJson> checks = evidence.verify(identity.require(), id).stream()
                .map(c -> new CheckJson(c.name(), c.result().valid(), c.result().reason())).toList();
        return new VerificationJson(id, checks.stream().allMatch(CheckJson::ok), checks);
    }
}
