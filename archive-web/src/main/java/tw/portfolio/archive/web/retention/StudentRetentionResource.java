package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.retention.StudentRetention;
import tw.portfolio.archive.retention.StudentRetentions;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Where a student stands in retention (§6): completion, seal date, sealed or not, legal holds. */
@Path("/students/{studentId}/retention")
@Produces(MediaType.APPLICATION_JSON)
public class StudentRetentionResource {
    @Inject
    RequestIdentity identity;
    @Inject
    StudentRetentions retentions;
    @Inject
    tw.portfolio.archive.retention.deletion.DeletionTransactions deletions;

    /** A hold that stands on the student. */
    public record HoldJson(String id, Instant placedAt) {
    }

    /** One deletion request about the student, as the retention view lists it. */
    public record DeletionRequestRef(String id, String basis, String state, Instant requestedAt, String certificateId) {
    }

    /** The standing: sealDate is the one the student was sealed under once sealed, else the policy's. */
    @JsonbNillable
    public record RetentionJson(String studentId, LocalDate completedOn, LocalDate sealDate, boolean sealed,
            LocalDate sealedOn, List<HoldJson> holds, List<DeletionRequestRef> deletionRequests) {
        static RetentionJson of(StudentRetention r, List<tw.portfolio.archive.retention.deletion.DeletionRequest> requests) {
            return new RetentionJson(r.studentId(), r.completedOn(), r.sealDate(), r.sealed(), r.sealedOn(),
                    r.activeHolds().stream().map(h -> new HoldJson(h.id(), h.placedAt())).toList(),
                    requests.stream().map(q -> new DeletionRequestRef(q.id(), q.basis().name(), q.state().name(),
                            q.requestedAt(), q.certificateId())).toList());
        }
    }

    @GET
    @Operation(summary = "A student's retention: {completedOn, sealDate, sealed, sealedOn, holds, deletionRequests "
            + "[{id, basis, state, requestedAt, certificateId}]} (the student; REGISTRAR, ACADEMIC_ADMIN, "
            + "ACADEMIC_SECTION, SYSTEM_ADMIN)")
    public RetentionJson get(@PathParam("studentId") String studentId) {
        StudentRetention r = retentions.of(identity.require(), studentId);
        return RetentionJson.of(r, deletions.ofStudent(r.studentId()));
    }
}
