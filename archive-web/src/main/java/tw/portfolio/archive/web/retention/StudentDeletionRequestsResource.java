package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.retention.deletion.DeletionBasis;
import tw.portfolio.archive.retention.deletion.DeletionRequest;
import tw.portfolio.archive.retention.deletion.DeletionRequests;
import tw.portfolio.archive.web.portfolio.ServiceUnavailableException;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.student.StudentRequests;

/** A student's deletion request, filed under the student (§6, issue 15). */
@Path("/students/{studentId}/deletion-requests")
@Produces(MediaType.APPLICATION_JSON)
public class StudentDeletionRequestsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    DeletionRequests requests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request deletion of a student's sealed data (the student, as an alumnus), or start its "
            + "disposition (ACADEMIC_ADMIN, REGISTRAR) with {\"basis\":\"DISPOSITION\"}; body optional for the student")
    @APIResponse(responseCode = "201", description = "{id, state: PENDING_APPROVAL, preview: {artifacts, bytes, records}}")
    @APIResponse(responseCode = "409", description = "Not sealed yet (problem type not-sealed, with sealDate), not due "
            + "for disposition (not-due, with disposeOn), a legal hold (legal-hold, with holds), or an open request "
            + "(open-request, with requestId)")
    public Response file(@PathParam("studentId") String studentId, String body) {
        Actor actor = identity.require();
        DeletionBasis basis = DeletionRequestsResource.basis(body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : StudentRequests.required(parse(body)));
        String id = DeletionRequestsResource.requireId("studentId", studentId);
        requests.check(actor, id, basis);
        if (!requests.erasureAvailable()) {
            throw new ServiceUnavailableException("erasure-unavailable", "No erasure engine is deployed");
        }
        if (basis == DeletionBasis.REQUEST && actor.isStudent(id)) {
            // The erasure will remove the student's account: the claim code (shown only here) fetches the
            // certificate afterwards, from GET /deletion-requests/{id}/certificate.
            DeletionRequests.Filed filed = requests.fileWithClaim(actor, id, basis);
            return Response.created(UriBuilder.fromPath("/api/v1/deletion-requests/{id}").build(filed.request().id()))
                    .entity(DeletionRequestJson.of(filed.request(), false).withClaimCode(filed.claimCode())).build();
        }
        DeletionRequest r = requests.file(actor, id, basis);
        return Response.created(UriBuilder.fromPath("/api/v1/deletion-requests/{id}").build(r.id()))
                .entity(DeletionRequestJson.of(r, DeletionRequestsResource.staff(actor))).build();
    }

    private static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (JsonException e) {
            throw InvalidInputException.field("body", "is not JSON");
        }
    }
}
