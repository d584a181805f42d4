package tw.portfolio.archive.web.student;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.student.EnrollmentChangeView;
import tw.portfolio.archive.student.EnrollmentChanges;
import tw.portfolio.archive.web.security.RequestIdentity;

/** A student's enrollment changes (§7) and their corrections; leaving sets completedOn, the start of §6's five years. */
@Path("/students/{studentId}/enrollment-changes")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentChangesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    EnrollmentChanges changes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an enrollment change (REGISTRAR): {type, effectiveDate, schoolCode?, reason}; type one "
            + "of TRANSFER_OUT, TRANSFER_IN, SUSPEND, RETURN, REPEAT, VISITING_START, VISITING_END, WITHDRAW, GRADUATE, "
            + "COMPLETE. GRADUATE, COMPLETE, WITHDRAW and TRANSFER_OUT set the student's completedOn and turn the "
            + "student's login into an alumni login that only reads and confirms")
    @APIResponse(responseCode = "201", description = "{id, type, effectiveDate, statusAfter, ...}")
    @APIResponse(responseCode = "409", description = "The change does not fit the student's status (says why)")
    @APIResponse(responseCode = "422", description = "effectiveDate in the future or before entry "
            + "(problem type enrollment-change-date)")
    public Response record(@PathParam("studentId") String studentId, JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        EnrollmentChangeView c = changes.record(identity.require(), studentId, StudentRequests.text(b, "type"),
                StudentRequests.text(b, "effectiveDate"), StudentRequests.text(b, "schoolCode"),
                StudentRequests.text(b, "reason"));
        return Response.created(UriBuilder.fromPath("/api/v1/students/{s}/enrollment-changes/{c}").build(studentId, c.id()))
                .entity(EnrollmentChangeJson.of(c)).build();
    }

    @GET
    @Operation(summary = "A student's enrollment changes in order of date, revoked ones included (staff who read "
            + "students, and the student)")
    public List<EnrollmentChangeJson> history(@PathParam("studentId") String studentId) {
        return changes.history(identity.require(), studentId).stream().map(EnrollmentChangeJson::of).toList();
    }

    @GET
    @Path("/{changeId}")
    @Operation(summary = "One enrollment change of a student")
    public EnrollmentChangeJson one(@PathParam("studentId") String studentId, @PathParam("changeId") String changeId) {
        return changes.history(identity.require(), studentId).stream().filter(c -> c.id().equals(changeId))
                .findFirst().map(EnrollmentChangeJson::of)
                .orElseThrow(() -> new NotFoundException("No enrollment change " + changeId + " of this student"));
    }

    @POST
    @Path("/{changeId}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an enrollment change (REGISTRAR): {effectiveDate, reason} moves it, {revoked: true, "
            + "reason} revokes it; status and completedOn are recomputed, with an event")
    @APIResponse(responseCode = "409", description = "The changes would no longer follow each other, or it is revoked")
    public EnrollmentChangeJson correct(@PathParam("studentId") String studentId, @PathParam("changeId") String changeId,
            JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        return EnrollmentChangeJson.of(changes.correct(identity.require(), studentId, changeId,
                StudentRequests.text(b, "effectiveDate"), StudentRequests.bool(b, "revoked"),
                StudentRequests.text(b, "reason")));
    }
}
