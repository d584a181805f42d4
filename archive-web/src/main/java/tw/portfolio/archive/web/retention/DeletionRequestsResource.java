package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.deletion.Decision;
import tw.portfolio.archive.retention.deletion.DeletionBasis;
import tw.portfolio.archive.retention.deletion.DeletionExecution;
import tw.portfolio.archive.retention.deletion.DeletionRequest;
import tw.portfolio.archive.retention.deletion.DeletionRequests;
import tw.portfolio.archive.retention.deletion.DeletionState;
import tw.portfolio.archive.retention.deletion.DeletionTransactions;
import tw.portfolio.archive.retention.deletion.StoredCertificate;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.portfolio.ServiceUnavailableException;
import tw.portfolio.archive.web.security.Public;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.student.StudentRequests;

/**
 * Deletion requests (§6, issue 15): the student files one for their sealed data, staff start a
 * disposition of data past its retention, the registrar and the academic affairs office each approve
 * (or one rejects), and the execution runs in the background.
 */
@Path("/deletion-requests")
@Produces(MediaType.APPLICATION_JSON)
public class DeletionRequestsResource {
    /** Most students one disposition call may name. */
    static final int MAX_STUDENTS = 100;

    @Inject
    RequestIdentity identity;
    @Inject
    DeletionRequests requests;
    @Inject
    DeletionTransactions store;
    @Inject
    DeletionExecution execution;
    @Inject
    CertificateDocuments documents;

    /** The header that carries a certificate claim code (the code is a credential: never in a URL). */
    static final String CLAIM_HEADER = "Claim-Code";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the disposition of many students (ACADEMIC_ADMIN, REGISTRAR): {\"basis\":\"DISPOSITION\", "
            + "\"studentIds\":[...]} (at most 100); every student is checked first, then one request each is filed")
    @APIResponse(responseCode = "201", description = "{items: [request, ...]}")
    public Response disposition(JsonStructure body) {
        Actor actor = identity.require();
        if (!actor.hasAny(Role.ACADEMIC_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the academic affairs office or the registrar start a disposition");
        }
        JsonObject b = StudentRequests.required(body);
        if (basis(b) != DeletionBasis.DISPOSITION) {
            throw InvalidInputException.field("basis", "must be DISPOSITION; a student files at "
                    + "/students/{id}/deletion-requests");
        }
        Set<String> ids = studentIds(b);
        available();
        for (String id : ids) {
            requests.check(actor, id, DeletionBasis.DISPOSITION);
        }
        List<DeletionRequestJson> filed = new ArrayList<>();
        for (String id : ids) {
            filed.add(DeletionRequestJson.of(requests.file(actor, id, DeletionBasis.DISPOSITION), true));
        }
        return Response.status(201).entity(new ItemsJson(filed)).build();
    }

    /** The requests a disposition call filed. */
    public record ItemsJson(List<DeletionRequestJson> items) {
    }

    @GET
    @Operation(summary = "Deletion requests, newest first, optionally of one state (REGISTRAR, ACADEMIC_ADMIN, AUDITOR)")
    public PageJson<DeletionRequestJson> list(@QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Actor actor = identity.require();
        if (!staff(actor)) {
            throw new ForbiddenException("Only the registrar, the academic affairs office and auditors list deletion requests");
        }
        PageRequest p = PageRequest.parse(page, size);
        DeletionTransactions.Page found = store.page(state(state), p);
        return PageJson.of(found.items().stream().map(r -> DeletionRequestJson.of(r, true)).toList(), p, found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One deletion request (its student, REGISTRAR, ACADEMIC_ADMIN, AUDITOR)")
    public DeletionRequestJson one(@PathParam("id") String id) {
        Actor actor = identity.require();
        return DeletionRequestJson.of(readable(actor, id), staff(actor));
    }

    @GET
    @Public
    @Path("/{id}/certificate")
    @Operation(summary = "The destruction certificate of a finished request, for its former student without a login: "
            + "the claim code shown once when they filed it, in the Claim-Code header (staff need no code)")
    @APIResponse(responseCode = "404", description = "No such request, no certificate yet, or a wrong code")
    public Response claimedCertificate(@PathParam("id") String id,
            @HeaderParam(CLAIM_HEADER) String claim) {
        return DestructionCertificatesResource.json(claimed(id, claim), store, execution, documents);
    }

    @GET
    @Public
    @Path("/{id}/certificate/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same certificate as the Traditional Chinese PDF (銷毀證明), with the Claim-Code header")
    public Response claimedCertificatePdf(@PathParam("id") String id,
            @HeaderParam(CLAIM_HEADER) String claim) {
        return DestructionCertificatesResource.pdf(claimed(id, claim));
    }

    /**
     * The request's certificate for whoever holds its claim code (or a staff member): the erasure
     * removed the former student's account, and this code is how they still get their certificate.
     * Every miss is the same 404, so the answer tells nothing about which ids exist.
     */
    private StoredCertificate claimed(String id, String claim) {
        String requestId = requireId("id", id);
        boolean staff = identity.actor().map(DeletionRequestsResource::staff).orElse(false);
        NotFoundException missing = new NotFoundException("No certificate for deletion request " + id
                + " with this claim code");
        if (!staff && !requests.claims(requestId, claim)) {
            throw missing;
        }
        return store.find(requestId).map(DeletionRequest::certificateId).flatMap(
                c -> c == null ? Optional.empty() : store.certificate(c)).orElseThrow(() -> missing);
    }

    @POST
    @Path("/{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject (REGISTRAR, ACADEMIC_ADMIN): {decision: APPROVE | REJECT, reason}; the "
            + "second approval, by another account in the other role, starts the execution (state EXECUTING)")
    @APIResponse(responseCode = "201", description = "The request as it now stands")
    @APIResponse(responseCode = "409", description = "The same account again (already-decided), the same role again "
            + "(same-role), a finished request (request-decided), or a legal hold (legal-hold)")
    public Response decide(@PathParam("id") String id, JsonStructure body) {
        Actor actor = identity.require();
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the registrar and the academic affairs office decide on deletion requests");
        }
        JsonObject b = StudentRequests.required(body);
        String decision = StudentRequests.text(b, "decision");
        if (decision == null) {
            throw InvalidInputException.field("decision", "is required: APPROVE or REJECT");
        }
        Decision d;
        try {
            d = Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("decision", "must be APPROVE or REJECT");
        }
        DeletionRequest r = requests.decide(actor, requireId("id", id), d, StudentRequests.text(b, "reason"));
        return Response.created(UriBuilder.fromPath("/api/v1/deletion-requests/{id}").build(r.id()))
                .entity(DeletionRequestJson.of(r, true)).build();
    }

    @POST
    @Path("/{id}/execution")
    @Operation(summary = "Run a FAILED deletion again (REGISTRAR, ACADEMIC_ADMIN); the erasure finishes what is left")
    @APIResponse(responseCode = "202", description = "The request, EXECUTING again")
    public Response retry(@PathParam("id") String id) {
        Actor actor = identity.require();
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the registrar and the academic affairs office run a deletion again");
        }
        available();
        DeletionRequest r = requests.retry(actor, requireId("id", id));
        return Response.accepted(DeletionRequestJson.of(r, true))
                .location(UriBuilder.fromPath("/api/v1/deletion-requests/{id}").build(r.id())).build();
    }

    private DeletionRequest readable(Actor actor, String id) {
        DeletionRequest r = store.find(requireId("id", id))
                .orElseThrow(() -> new NotFoundException("No deletion request " + id));
        if (!staff(actor) && !actor.isStudent(r.studentId())) {
            throw new NotFoundException("No deletion request " + id);
        }
        return r;
    }

    static DeletionBasis basis(JsonObject b) {
        String basis = StudentRequests.text(b, "basis");
        if (basis == null) {
            return DeletionBasis.REQUEST;
        }
        try {
            return DeletionBasis.valueOf(basis);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("basis", "must be REQUEST or DISPOSITION");
        }
    }

    private static Set<String> studentIds(JsonObject b) {
        JsonValue v = b.get("studentIds");
        if (!(v instanceof JsonArray array) || array.isEmpty()) {
            throw InvalidInputException.field("studentIds", "must be a non-empty array of student ids");
        }
        if (array.size() > MAX_STUDENTS) {
            throw InvalidInputException.field("studentIds", "at most " + MAX_STUDENTS + " students per call");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonValue e : array) {
            if (!(e instanceof JsonString s)) {
                throw InvalidInputException.field("studentIds", "must hold strings");
            }
            ids.add(requireId("studentIds", s.getString()));
        }
        return ids;
    }

    private static DeletionState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DeletionState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("state", "must be one of PENDING_APPROVAL, EXECUTING, COMPLETED, FAILED, "
                    + "REJECTED");
        }
    }

    static String requireId(String field, String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            throw InvalidInputException.field(field, "must be an id of at most 36 characters");
        }
        return id;
    }

    void available() {
        if (!requests.erasureAvailable()) {
            throw new ServiceUnavailableException("erasure-unavailable", "No erasure engine is deployed");
        }
    }

    static boolean staff(Actor actor) {
        return actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.AUDITOR);
    }
}
