package tw.portfolio.archive.web.artifact;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactQueries;
import tw.portfolio.archive.artifact.ArtifactService;
import tw.portfolio.archive.web.security.RequestIdentity;

/** One artifact: its metadata and its exact bytes. */
@Path("/artifacts/{id}")
public class ArtifactsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    ArtifactQueries queries;
    @Inject
    ArtifactService artifacts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An artifact's metadata, digest and signature")
    public ArtifactJson get(@PathParam("id") String id) {
        return ArtifactJson.of(queries.readable(identity.require(), id));
    }

    @GET
    @Path("/content")
    @Operation(summary = "The artifact's exact bytes")
    public Response content(@PathParam("id") String id) {
        Actor actor = identity.require();
        Artifact a = queries.readable(actor, id);
        InputStream in = artifacts.openContent(actor, id);
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
