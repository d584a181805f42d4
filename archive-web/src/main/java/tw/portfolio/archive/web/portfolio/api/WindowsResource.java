package tw.portfolio.archive.web.portfolio.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowView;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.portfolio.CalendarApplication;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Windows per academic year and semester (semester 0 for per-year kinds), . */
@Path("/windows")
@Produces(MediaType.APPLICATION_JSON)
public class WindowsResource {
    @Inject
    RequestIdentity identity;
    @Inject
    CalendarApplication calendar;

    @GET
    @Operation(summary = "The windows of an academic year")
    public PageJson<WindowView> windows(@QueryParam("academicYear") Integer academicYear) {
        identity.require();
        if (academicYear == null) {
            throw InvalidInputException.field("academicYear", "is required (Minguo year, e.g. 115)");
        }
        List<WindowView> items = calendar.windows(academicYear);
        return new PageJson<>(items, 0, Math.max(1, items.size()), items.size());
    }

    @PUT
    @Path("/{academicYear}/{semester}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ACADEMIC_ADMIN sets a window (opensAt inclusive, closesAt exclusive, RFC 3339)")
    public WindowView setWindow(@PathParam("academicYear") int academicYear, @PathParam("semester") int semester,
            @PathParam("kind") WindowKind kind, Requests.WindowRequest body) {
        Requests.WindowRequest b = Requests.required(body);
        return calendar.setWindow(identity.require(), new WindowPeriod(kind, academicYear, semester), b.opensAt(),
                b.closesAt());
    }
}
