package tw.portfolio.archive.web.artifact;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactAccess;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.web.security.RequestIdentity;

/** One artifact: its metadata and its exact bytes. */
@Path("/artifacts/{id}")
public class ArtifactsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    ArtifactAccess access;
    @Inject
    ArtifactStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An artifact's metadata, digest and signature; a sealed student's only to the student, "
            + "or to an AUDITOR with ?reason= (each such read a SEALED_DATA_ACCESS event)")
    @APIResponse(responseCode = "403", description = "Sealed (problem sealed-record, naming the seal date), or an "
            + "auditor's reason missing or too short (problem access-reason-required)")
    public ArtifactJson get(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return ArtifactJson.of(access.read(identity.require(), id, reason, ArtifactAccess.Via.METADATA));
    }

    @GET
    @Path("/content")
    @Operation(summary = "The artifact's exact bytes. Read by anyone but the owning student it is an ACCESS event; "
            + "a sealed student's bytes go only to the student, or to an AUDITOR with ?reason= of at least 10 "
            + "characters (a SEALED_DATA_ACCESS event: the log holds the reason's SHA-256, the audit trail the reason)")
    @APIResponse(responseCode = "403", description = "Sealed (problem sealed-record, naming the seal date), or an "
            + "auditor's reason missing or too short (problem access-reason-required)")
    public Response content(@PathParam("id") String id, @QueryParam("reason") String reason) {
        Actor actor = identity.require();
        Artifact a = access.read(actor, id, reason, ArtifactAccess.Via.CONTENT);
        InputStream in = store.open(a.objectId(), a.logicalName());
        StreamingOutput body = out -> {
            try (InputStream src = in) {
                src.transferTo(out);
            }
        };
        return Response.ok(body, a.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header("Content-Disposition", ContentDisposition.attachment(a.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                        .encodeToString(java.util.HexFormat.of().parseHex(a.sha256())))
                .build();
    }
}
