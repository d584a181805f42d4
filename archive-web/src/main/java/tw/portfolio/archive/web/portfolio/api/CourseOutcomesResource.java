package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import tw.portfolio.archive.portfolio.submission.StudentSubmission;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.web.artifact.ContentDisposition;
import tw.portfolio.archive.web.portfolio.OutcomeApplication;
import tw.portfolio.archive.web.portfolio.ReceiptApplication;
import tw.portfolio.archive.web.portfolio.SubmissionApplication;
import tw.portfolio.archive.web.portfolio.api.PortfolioJson.OutcomeJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** One course outcome: read, new version, certification, the registrar's correction, its files. */
@Path("/course-outcomes/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CourseOutcomesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    OutcomeApplication outcomes;
    @Inject
    SubmissionApplication submissions;
    @Inject
    ReceiptApplication receipts;
    @Inject
    ArtifactStore store;

    @GET
    @Operation(summary = "A course outcome with its certification history")
    public OutcomeJson get(@PathParam("id") String id) {
        return OutcomeJson.of(outcomes.get(identity.require(), id));
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new version of a rejected outcome inside the upload window; back to pending")
    public OutcomeJson newVersion(@PathParam("id") String id, Requests.OutcomeRequest body) {
        Requests.OutcomeRequest b = Requests.required(body);
        return OutcomeJson.of(outcomes.reupload(identity.require(), id, b.description(), b.artifactIds()));
    }

    @POST
    @Path("/certification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Certify or reject (the course's teacher, or a same-subject substitute while they are unavailable)")
    public OutcomeJson certify(@PathParam("id") String id, Requests.CertificationRequest body) {
        Requests.CertificationRequest b = Requests.required(body);
        return OutcomeJson.of(outcomes.certify(identity.require(), id, b.decision(), b.reason()));
    }

    @PUT
    @Path("/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registrar corrects a disputed outcome and resubmits it; a new receipt follows")
    public OutcomeJson correct(@PathParam("id") String id, Requests.OutcomeRequest body) {
        Requests.OutcomeRequest b = Requests.required(body);
        Actor actor = identity.require();
        StudentSubmission s = submissions.correctOutcome(actor, id, b.description(), b.artifactIds());
        receipts.reissueIfReady(actor, s);
        return OutcomeJson.of(outcomes.get(actor, id));
    }

    @GET
    @Path("/files/{artifactId}")
    @Operation(summary = "A file of the outcome, for the student, its certifiers and staff")
    public Response file(@PathParam("id") String id, @PathParam("artifactId") String artifactId) {
        Artifact a = outcomes.fileOf(identity.require(), id, artifactId);
        InputStream in = store.open(a.objectId(), a.logicalName());
        StreamingOutput body = out -> {
            try (InputStream src = in) {
                src.transferTo(out);
            }
        };
        return Response.ok(body, a.mediaType()).header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header("Content-Disposition", ContentDisposition.attachment(a.filename()))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
