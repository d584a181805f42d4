package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
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
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.course.CourseDraft;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.course.CsvImportReport;
import tw.portfolio.archive.portfolio.infrastructure.CourseListing;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.portfolio.CourseApplication;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The course list (§4(2)1): the teaching section's courses, enrollments and CSV import. */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    CourseApplication courses;

    @GET
    @Operation(summary = "The courses of a semester, by code (teaching section, academic affairs, registrar)")
    public PageJson<CourseView> list(@QueryParam("academicYear") Integer academicYear,
            @QueryParam("semester") Integer semester, @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        CourseListing.Page p = courses.list(identity.require(), Params.semester(academicYear, semester), page);
        return PageJson.of(p.items(), page, p.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course of a semester (ACADEMIC_SECTION); 201 with Location")
    public Response create(Requests.CourseRequest body) {
        Requests.CourseRequest b = Requests.required(body);
        List<String> teachers = b.teacherUsernames() != null ? b.teacherUsernames() : b.teachers();
        CourseDraft draft = new CourseDraft(Params.semester(b.academicYear(), b.semester()), b.code(), b.name(),
                b.subject(), b.type(), b.credits() == null ? -1 : b.credits(), teachers);
        CourseView c = courses.create(identity.require(), draft);
        return Response.created(UriBuilder.fromPath("/api/v1/courses/{id}").build(c.id())).entity(c).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One course")
    public CourseView get(@PathParam("id") String id) {
        identity.require();
        return courses.get(id);
    }

    @POST
    @Path("/{id}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enroll students by id or national ID; all or nothing")
    public Map<String, Integer> enroll(@PathParam("id") String id, Requests.EnrollRequest body) {
        Requests.EnrollRequest b = Requests.required(body);
        return Map.of("added", courses.enroll(identity.require(), id, b.studentIds(), b.nationalIds()));
    }

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a course-list CSV (UTF-8): all or nothing, 400 with an error per row and column")
    public Map<String, Integer> importCsv(InputStream csv) {
        CsvImportReport r = courses.importCsv(identity.require(), new InputStreamReader(csv, StandardCharsets.UTF_8));
        return Map.of("imported", r.rows(), "rows", r.rows(), "coursesCreated", r.coursesCreated(),
                "enrollmentsAdded", r.enrollmentsAdded());
    }
}
