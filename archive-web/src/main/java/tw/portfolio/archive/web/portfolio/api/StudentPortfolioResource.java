package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.SchoolCalendar;
import tw.portfolio.archive.portfolio.course.CourseView;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.selection.SelectionView;
import tw.portfolio.archive.receipt.BagZip;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.artifact.ContentDisposition;
import tw.portfolio.archive.web.portfolio.CalendarApplication;
import tw.portfolio.archive.web.portfolio.CourseApplication;
import tw.portfolio.archive.web.portfolio.DiverseApplication;
import tw.portfolio.archive.web.portfolio.OutcomeApplication;
import tw.portfolio.archive.web.portfolio.ReceiptApplication;
import tw.portfolio.archive.web.portfolio.SubmissionPackage;
import tw.portfolio.archive.web.portfolio.api.PortfolioJson.OutcomeJson;
import tw.portfolio.archive.web.portfolio.api.PortfolioJson.ReceiptJson;
import tw.portfolio.archive.web.security.RequestIdentity;
import tw.portfolio.archive.web.student.StudentJson;
import tw.portfolio.archive.web.student.StudentRequests;
import tw.portfolio.archive.student.StudentRegistry;

/** One student's portfolio: courses, outcomes, diverse performance, selections and receipts. */
@Path("/students/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
public class StudentPortfolioResource {
    @Inject
    RequestIdentity identity;
    @Inject
    CourseApplication courses;
    @Inject
    OutcomeApplication outcomes;
    @Inject
    DiverseApplication diverse;
    @Inject
    CalendarApplication calendar;
    @Inject
    ReceiptApplication receipts;
    @Inject
    Clock clock;
    @Inject
    StudentRegistry registry;

    @GET
    @Operation(summary = "One student (staff who need it, and the student themself): the registrar's fields, "
            + "status and completedOn, the date the five-year sealing counts from (§6)")
    public StudentJson student(@PathParam("studentId") String studentId) {
        return StudentJson.of(registry.get(identity.require(), studentId));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a student's record (REGISTRAR): the fields given replace the record's; a reason "
            + "is required; the change is an event (values in clear in the audit trail only)")
    @APIResponse(responseCode = "422", description = "The corrected record breaks a rule (problem type student-record)")
    @APIResponse(responseCode = "409", description = "The national ID or student number belongs to another student")
    public StudentJson correct(@PathParam("studentId") String studentId, JsonStructure body) {
        JsonObject b = StudentRequests.required(body);
        return StudentJson.of(registry.correct(identity.require(), studentId, StudentRequests.student(b),
                StudentRequests.text(b, "reason")));
    }

    @GET
    @Path("/record-changes")
    @Operation(summary = "The changes of a student's record, newest first (REGISTRAR): the audit trail's lines, "
            + "with old and new values and the reason in clear (the event log holds only digests of them)")
    public java.util.List<StudentRegistry.RecordChange> recordChanges(@PathParam("studentId") String studentId) {
        return registry.history(identity.require(), studentId);
    }

    @GET
    @Path("/courses")
    @Operation(summary = "The courses a student takes in a semester")
    public PageJson<CourseView> courses(@PathParam("studentId") String studentId,
            @QueryParam("academicYear") Integer academicYear, @QueryParam("semester") Integer semester,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        return PageJson.slice(courses.coursesOf(identity.require(), studentId, Params.semester(academicYear, semester)),
                page);
    }

    @POST
    @Path("/course-outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a course-learning outcome for a credit-bearing course the student takes; 201")
    public Response createOutcome(@PathParam("studentId") String studentId, Requests.OutcomeRequest body) {
        Requests.OutcomeRequest b = Requests.required(body);
        OutcomeJson o = OutcomeJson.of(outcomes.create(identity.require(), studentId, b.courseId(), b.description(),
                b.artifactIds()));
        return Response.created(UriBuilder.fromPath("/api/v1/course-outcomes/{id}").build(o.id())).entity(o).build();
    }

    @GET
    @Path("/course-outcomes")
    @Operation(summary = "A student's course outcomes, newest first (optionally of one academic year)")
    public PageJson<OutcomeJson> outcomes(@PathParam("studentId") String studentId,
            @QueryParam("academicYear") Integer academicYear, @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        return PageJson.slice(outcomes.ofStudent(identity.require(), studentId, academicYear).stream()
                .map(OutcomeJson::of).toList(), page);
    }

    @POST
    @Path("/diverse-performances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a diverse-performance item in the current academic year; 201")
    public Response createDiverse(@PathParam("studentId") String studentId, Requests.DiverseRequest body) {
        Requests.DiverseRequest b = Requests.required(body);
        int current = SchoolCalendar.academicYear(clock).value();
        if (b.academicYear() != null && b.academicYear() != current) {
            throw InvalidInputException.field("academicYear", "items are recorded in the current academic year " + current);
        }
        DiverseView d = diverse.create(identity.require(), studentId, new DiverseDraft(b.category(), b.name(),
                b.content(), b.award(), b.hours(), b.startDate(), b.endDate(), b.artifactIds()));
        return Response.created(UriBuilder.fromPath("/api/v1/diverse-performances/{id}").build(d.id())).entity(d)
                .build();
    }

    @GET
    @Path("/diverse-performances")
    @Operation(summary = "A student's diverse-performance items, newest first (optionally of one academic year)")
    public PageJson<DiverseView> diverse(@PathParam("studentId") String studentId,
            @QueryParam("academicYear") Integer academicYear, @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        return PageJson.slice(diverse.ofStudent(identity.require(), studentId, academicYear), page);
    }

    @GET
    @Path("/selections/{academicYear}")
    @Operation(summary = "The year's selection with the limits")
    public SelectionView selection(@PathParam("studentId") String studentId, @PathParam("academicYear") int year) {
        return calendar.selection(identity.require(), studentId, year);
    }

    @PUT
    @Path("/selections/{academicYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the year's selection atomically; 422 naming the limit or window, previous kept")
    public SelectionView select(@PathParam("studentId") String studentId, @PathParam("academicYear") int year,
            Requests.SelectionRequest body) {
        Requests.SelectionRequest b = Requests.required(body);
        return calendar.replaceSelection(identity.require(), studentId, year, b.courseOutcomeIds(),
                b.diversePerformanceIds());
    }

    @GET
    @Path("/receipts")
    @Operation(summary = "A student's receipt statements, newest first")
    public PageJson<ReceiptJson> receipts(@PathParam("studentId") String studentId,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        return PageJson.slice(receipts.ofStudent(identity.require(), studentId).stream().map(ReceiptJson::of).toList(),
                page);
    }

    @GET
    @Path("/submissions/{academicYear}/package")
    @Produces({BagZip.MEDIA_TYPE, "application/problem+json"})
    @Operation(summary = "The student's newest BagIt submission package of the year, as a zip: the student and staff who read portfolios; 404 before a receipt is issued")
    public Response submissionPackage(@PathParam("studentId") String studentId,
            @PathParam("academicYear") int academicYear) {
        SubmissionPackage bag = receipts.submissionPackage(identity.require(), studentId, academicYear);
        StreamingOutput body = bag::writeZip;
        return Response.ok(body, BagZip.MEDIA_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(bag.zipFilename())).build();
    }
}
