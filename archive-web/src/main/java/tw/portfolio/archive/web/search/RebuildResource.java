package tw.portfolio.archive.web.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.web.security.RequestIdentity;

/**
 * Rebuild the search index from the archive, with progress; search keeps answering from the old
 * index until the new one is complete and swapped in. A rebuild that was interrupted resumes.
 */
@Path("/search/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {
    private static final Logger LOG = Logger.getLogger(RebuildResource.class.getName());

    @Inject
    RequestIdentity identity;
    @Inject
    SearchIndex index;
    @Inject
    ArchiveDocuments documents;
    @Resource
    ManagedExecutorService executor;

    /** A rebuild job's state. */
    public record RebuildJson(String state, double progress, long done, long total, Instant startedAt,
            Instant finishedAt, String error) {
        static RebuildJson of(RebuildProgress p) {
            return new RebuildJson(p.state().name(), p.fraction(), p.done(), p.total(), p.startedAt(), p.finishedAt(),
                    p.error());
        }
    }

    @POST
    @Operation(summary = "Start rebuilding the search index (SYSTEM_ADMIN); 202 with the job's Location")
    public Response start() {
        requireAdmin(identity.require());
        if (index.rebuildProgress().state() == RebuildProgress.State.RUNNING) {
            throw new ConflictException("A rebuild is already running");
        }
        executor.submit(() -> {
            try {
                index.rebuild(documents);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Search index rebuild failed", e);
            }
        });
        return Response.accepted(RebuildJson.of(index.rebuildProgress()))
                .location(URI.create("/api/v1/search/rebuilds/current")).build();
    }

    @GET
    @Path("/current")
    @Operation(summary = "Progress of the current or last rebuild")
    public RebuildJson current() {
        requireAdmin(identity.require());
        return RebuildJson.of(index.rebuildProgress());
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.hasAny(Role.SYSTEM_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the system administrator or the registrar may rebuild the index");
        }
    }
}
