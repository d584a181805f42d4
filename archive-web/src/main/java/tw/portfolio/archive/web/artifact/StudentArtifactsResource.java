package tw.portfolio.archive.web.artifact;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactQueries;
import tw.portfolio.archive.artifact.ArtifactService;
import tw.portfolio.archive.artifact.UploadPolicy;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** A student's files: upload and list. */
@Path("/students/{studentId}/artifacts")
@Produces(MediaType.APPLICATION_JSON)
public class StudentArtifactsResource {
    /** Room for multipart boundaries and the small text parts around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final int MAX_TEXT_PART = 4096;

    @Inject
    RequestIdentity identity;
    @Inject
    ArtifactService artifacts;
    @Inject
    ArtifactQueries queries;
    @Inject
    UploadPolicy uploadPolicy;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file (part 'file'; optional 'title' and 'sha256' hex)")
    public Response upload(@PathParam("studentId") String studentId,
            @HeaderParam("Content-Length") @DefaultValue("-1") long contentLength, List<EntityPart> parts) {
        if (contentLength > uploadPolicy.absoluteMax() + MULTIPART_OVERHEAD) {
            throw new PayloadTooLargeException("Uploads may be at most " + uploadPolicy.absoluteMax() + " bytes");
        }
        EntityPart file = part(parts, "file").orElseThrow(() -> InvalidInputException.field("file",
                "is required: send the file as the multipart part named 'file'"));
        String title = text(parts, "title");
        String sha256 = text(parts, "sha256");
        String filename = PartFilename.decode(file.getFileName().orElse(null));
        Artifact a;
        try (InputStream in = file.getContent()) {
            a = artifacts.ingest(identity.require(),
                    new ArtifactService.UploadRequest(studentId, filename, title, sha256), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.created(UriBuilder.fromPath("/api/v1/artifacts/{id}").build(a.id()))
                .entity(ArtifactJson.of(a)).build();
    }

    @GET
    @Operation(summary = "List a student's files, newest first")
    public PageJson<ArtifactJson> list(@PathParam("studentId") String studentId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        PageJson.check(page, size);
        ArtifactQueries.Page p = queries.listForStudent(identity.require(), studentId, page, size);
        return new PageJson<>(p.items().stream().map(ArtifactJson::of).toList(), p.page(), p.size(), p.total());
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static String text(List<EntityPart> parts, String name) {
        Optional<EntityPart> p = part(parts, name);
        if (p.isEmpty()) {
            return null;
        }
        try (InputStream in = p.get().getContent()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_PART + 1);
            if (bytes.length > MAX_TEXT_PART) {
                throw InvalidInputException.field(name, "is too long");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
