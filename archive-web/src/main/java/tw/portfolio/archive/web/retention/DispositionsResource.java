package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.deletion.DeletionTransactions;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Disposition of school data (§6, second sentence): what passed its retention after sealing. */
@Path("/dispositions")
@Produces(MediaType.APPLICATION_JSON)
public class DispositionsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    DeletionTransactions store;

    /** One student due: sealed on, due since, holds that stand, and an open request if there is one. */
    public record DueJson(String studentId, LocalDate sealedOn, LocalDate disposeOn, List<String> holds,
            String openRequestId) {
    }

    @GET
    @Path("/due")
    @Operation(summary = "Students whose sealed data passed its retention (sealedOn + archive.retention.disposeAfter), "
            + "oldest seal first (ACADEMIC_ADMIN); start one with POST /deletion-requests {basis: DISPOSITION, studentIds}")
    public PageJson<DueJson> due(@QueryParam("page") String page, @QueryParam("size") String size) {
        if (!identity.require().has(Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the academic affairs office lists data due for disposition");
        }
        PageRequest p = PageRequest.parse(page, size);
        DeletionTransactions.DuePage due = store.due(p);
        return PageJson.of(due.items().stream().map(d -> new DueJson(d.studentId(), d.sealedOn(), d.disposeOn(),
                d.holds(), d.openRequestId())).toList(), p, due.total());
    }
}
