package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.LegalHold;
import tw.portfolio.archive.retention.LegalHolds;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.student.StudentRequests;

/** Legal holds: while one stands, a student's data is neither deleted nor disposed of; sealing goes on. */
@Path("/legal-holds")
@Produces(MediaType.APPLICATION_JSON)
public class LegalHoldsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    LegalHolds holds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a legal hold (REGISTRAR, ACADEMIC_ADMIN): {studentId, reason}; the reason goes to the "
            + "audit trail, the event log gets its SHA-256")
    @APIResponse(responseCode = "201", description = "{id, studentId, standing, reason, placedBy, placedAt, ...}")
    @APIResponse(responseCode = "404", description = "No such student")
    @APIResponse(responseCode = "422", description = "studentId or reason missing or too long (problem type legal-hold)")
    public Response place(JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        LegalHold h = holds.place(identity.require(), StudentRequests.text(b, "studentId"), StudentRequests.text(b, "reason"));
        return Response.created(UriBuilder.fromPath("/api/v1/legal-holds/{id}").build(h.id())).entity(HoldJson.of(h)).build();
    }

    @GET
    @Operation(summary = "Legal holds, newest first (REGISTRAR, ACADEMIC_ADMIN, AUDITOR): standing ones, or all=true "
            + "for released ones too; studentId narrows to one student")
    public PageJson<HoldJson> list(@QueryParam("studentId") String studentId, @QueryParam("all") String all,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        return PageJson.slice(holds.list(identity.require(), studentId, "true".equals(all)).stream()
                .map(HoldJson::of).toList(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One legal hold (REGISTRAR, ACADEMIC_ADMIN, AUDITOR)")
    public HoldJson get(@PathParam("id") String id) {
        return HoldJson.of(holds.get(identity.require(), id));
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release a legal hold (REGISTRAR, ACADEMIC_ADMIN): {reason}")
    @APIResponse(responseCode = "409", description = "Released already")
    public HoldJson release(@PathParam("id") String id, JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        return HoldJson.of(holds.release(identity.require(), id, StudentRequests.text(b, "reason")));
    }
}
