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
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.teacher.AvailabilityView;
import tw.portfolio.archive.web.PageJson;
import tw.portfolio.archive.web.portfolio.CalendarApplication;
import tw.portfolio.archive.web.portfolio.OutcomeApplication;
import tw.portfolio.archive.web.portfolio.api.PortfolioJson.OutcomeJson;
import tw.portfolio.archive.web.security.RequestIdentity;

/** A teacher: availability (§9(2)2) and the certification queue. */
@Path("/teachers/{username}")
@Produces(MediaType.APPLICATION_JSON)
public class TeachersResource {
    @Inject
    RequestIdentity identity;
    @Inject
    CalendarApplication calendar;
    @Inject
    OutcomeApplication outcomes;

    @GET
    @Path("/availability")
    @Operation(summary = "Whether the teacher can certify (a teacher never marked is available); ACADEMIC_ADMIN, subject teachers and the teacher")
    public AvailabilityView availability(@PathParam("username") String username) {
        return calendar.availability(identity.require(), username);
    }

    @PUT
    @Path("/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ACADEMIC_ADMIN marks a teacher unavailable (with a reason) or available again")
    public AvailabilityView setAvailability(@PathParam("username") String username, Requests.AvailabilityRequest body) {
        Requests.AvailabilityRequest b = Requests.required(body);
        if (b.available() == null) {
            throw tw.portfolio.archive.error.InvalidInputException.field("available", "is required (true or false)");
        }
        return calendar.setAvailability(identity.require(), username, b.available(), b.reason());
    }

    @GET
    @Path("/certification-queue")
    @Operation(summary = "The teacher's own queue: pending outcomes of their courses and, as substitute, of same-subject ones; oldest first")
    public PageJson<OutcomeJson> queue(@PathParam("username") String username,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize) {
        Actor actor = identity.require();
        if (!actor.username().equals(username)) {
            throw new ForbiddenException("A teacher sees only their own certification queue");
        }
        PageRequest page = PageRequest.parse(rawPage, rawSize);
        OutcomeApplication.QueuePage p = outcomes.queue(actor, page.page(), page.size());
        return PageJson.of(p.items().stream().map(OutcomeJson::of).toList(), page, p.total());
    }
}
