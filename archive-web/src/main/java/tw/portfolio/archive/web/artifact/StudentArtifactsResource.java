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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactQueries;
import tw.portfolio.archive.artifact.ArtifactService;
import tw.portfolio.archive.artifact.StagedUpload;
import tw.portfolio.archive.artifact.UploadPolicy;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.paging.PageRequest;
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
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            requiredProperties = "file", properties = {
                @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"),
                @SchemaProperty(name = "title", type = SchemaType.STRING),
                @SchemaProperty(name = "sha256", type = SchemaType.STRING, description = "the file's SHA-256, hex")})))
    public Response upload(@PathParam("studentId") String studentId,
            @HeaderParam("Content-Length") @DefaultValue("-1") long contentLength,
            @HeaderParam("Content-Type") String contentType, InputStream body) {
        if (contentLength > uploadPolicy.absoluteMax() + MULTIPART_OVERHEAD) {
            throw new PayloadTooLargeException("Uploads may be at most " + uploadPolicy.absoluteMax() + " bytes");
        }
        Actor actor = identity.require();
        artifacts.checkUpload(actor, studentId);
        MultipartForm form = MultipartForm.of(contentType, body);
        StagedUpload staged = null;
        try {
            String filename = null;
            String title = null;
            String sha256 = null;
            for (MultipartForm.Part part; (part = form.next()) != null;) {
                switch (part.name()) {
                    case "file" -> {
                        if (staged != null) {
                            throw InvalidInputException.field("file", "is sent twice: send one file per upload");
                        }
                        filename = part.filename();
                        staged = artifacts.receive(part.body());
                    }
                    case "title" -> title = part.text(MAX_TEXT_PART);
                    case "sha256" -> sha256 = part.text(MAX_TEXT_PART);
                    default -> part.text(MAX_TEXT_PART); // an unknown field is ignored if small, else refused
                }
            }
            if (staged == null) {
                throw InvalidInputException.field("file", "is required: send the file as the multipart part named 'file'");
            }
            StagedUpload received = staged;
            staged = null; // from here ingest deletes it if it is refused
            Artifact a = artifacts.ingest(actor, new ArtifactService.UploadRequest(studentId, filename, title, sha256),
                    received);
            return Response.created(UriBuilder.fromPath("/api/v1/artifacts/{id}").build(a.id()))
                    .entity(ArtifactJson.of(a)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            artifacts.discard(staged);
        }
    }

    @GET
    @Operation(summary = "List a student's files, newest first")
    public PageJson<ArtifactJson> list(@PathParam("studentId") String studentId,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        ArtifactQueries.Page p = queries.listForStudent(identity.require(), studentId, page);
        return PageJson.of(p.items().stream().map(ArtifactJson::of).toList(), page, p.total());
    }
}
