package tw.portfolio.archive.web.student;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.student.StudentRegistry;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/**
 * The registration section's student list (§4(1)1). One student ({@code GET}/{@code PATCH
 * /students/{studentId}}) is answered by the portfolio resource, which owns that path.
 */
@Path("/students")
@Produces(MediaType.APPLICATION_JSON)
public class StudentsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    StudentRegistry registry;

    /** A registered student (the fields of {@link StudentJson}) and their login's one-time password, shown this once. */
    @JsonbNillable
    public record CreatedJson(String id, String nationalId, String studentNumber, String name, LocalDate birthDate,
            String className, Integer grade, LocalDate enrolledOn, String status, LocalDate completedOn,
            AccountJson account) {
        static CreatedJson of(StudentJson s, AccountJson account) {
            return new CreatedJson(s.id(), s.nationalId(), s.studentNumber(), s.name(), s.birthDate(), s.className(),
                    s.grade(), s.enrolledOn(), s.status(), s.completedOn(), account);
        }
    }

    /** A login and its one-time password. */
    public record AccountJson(String username, String oneTimePassword) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a student (REGISTRAR): {nationalId, studentNumber, name, birthDate, className, "
            + "grade, enrolledOn}; 201 with the student and a login whose one-time password is shown once")
    @APIResponse(responseCode = "201", description = "Registered; Location names the student")
    @APIResponse(responseCode = "409", description = "The national ID or student number belongs to another student")
    @APIResponse(responseCode = "422", description = "A field breaks the rules (problem type student-record, "
            + "one errors entry per field: checksum of the national ID, dates, grade)")
    public Response create(JsonStructure body) {
        StudentRegistry.Registration r = registry.register(identity.require(), StudentRequests.student(StudentRequests.required(body)));
        StudentJson s = StudentJson.of(r.student());
        return Response.created(UriBuilder.fromPath("/api/v1/students/{id}").build(s.id()))
                .entity(CreatedJson.of(s, new AccountJson(r.username(), r.oneTimePassword())))
                .build();
    }

    @GET
    @Operation(summary = "Find students (registration section, academic affairs, teaching section) by national ID, "
            + "student number or name prefix (q), status and class; in class and student-number order")
    public PageJson<StudentJson> list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("className") String className, @QueryParam("page") String rawPage,
            @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        StudentRegistry.Page p = registry.search(identity.require(), q, status, className, page);
        return PageJson.of(p.items().stream().map(StudentJson::of).toList(), page, p.total());
    }
}
