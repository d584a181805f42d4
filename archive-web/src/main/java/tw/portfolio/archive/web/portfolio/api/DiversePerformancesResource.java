package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.submission.StudentSubmission;
import tw.portfolio.archive.web.portfolio.DiverseApplication;
import tw.portfolio.archive.web.portfolio.ReceiptApplication;
import tw.portfolio.archive.web.portfolio.SubmissionApplication;
import tw.portfolio.archive.web.security.RequestIdentity;

/** One diverse-performance item: read, and the registrar's correction after a dispute. */
@Path("/diverse-performances/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DiversePerformancesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    DiverseApplication diverse;
    @Inject
    SubmissionApplication submissions;
    @Inject
    ReceiptApplication receipts;

    @GET
    @Operation(summary = "A diverse-performance item")
    public DiverseView get(@PathParam("id") String id) {
        return diverse.get(identity.require(), id);
    }

    @PUT
    @Path("/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registrar corrects a disputed item and resubmits it; a new receipt follows")
    public DiverseView correct(@PathParam("id") String id, Requests.DiverseRequest body) {
        Requests.DiverseRequest b = Requests.required(body);
        Actor actor = identity.require();
        StudentSubmission s = submissions.correctDiverse(actor, id, new DiverseDraft(b.category(), b.name(),
                b.content(), b.award(), b.hours(), b.startDate(), b.endDate(), b.artifactIds()));
        receipts.reissueIfReady(actor, s);
        return diverse.get(actor, id);
    }
}
