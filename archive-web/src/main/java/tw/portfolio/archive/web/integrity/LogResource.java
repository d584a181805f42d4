package tw.portfolio.archive.web.integrity;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.integrity.eventlog.ConsistencyProof;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.InclusionProof;
import tw.portfolio.archive.web.security.Public;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The tamper-evident event log: checkpoints and proofs for anyone, entries for auditors. */
@Path("/log")
public class LogResource {
    static final int MAX_ENTRIES = 1000;

    @Inject
    MerkleEventLog log;
    @Inject
    CheckpointService checkpoints;
    @Inject
    RequestIdentity identity;

    /** One leaf, decoded for reading, with its exact bytes. */
    public record EntryJson(long leafIndex, String type, List<String> subjects, String objectId, String actorRole,
            String outcome, Instant occurredAt, String detail, String leafData) {
    }

    /** A range of leaves. */
    public record EntriesJson(long start, long end, long treeSize, List<EntryJson> items) {
    }

    @GET
    @Path("/checkpoint")
    @Public
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest signed checkpoint (C2SP signed note)")
    public String checkpoint() {
        return checkpoints.issueIfGrown().orElseThrow(() -> new NotFoundException("The log is empty"));
    }

    @GET
    @Path("/checkpoints/{treeSize}")
    @Public
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The checkpoint issued at a given tree size, if one was")
    public String checkpointAt(@PathParam("treeSize") String treeSize) {
        long size = number("treeSize", treeSize);
        return checkpoints.ofSize(size).orElseThrow(() -> new NotFoundException("No checkpoint at size " + size));
    }

    @GET
    @Path("/proofs/inclusion")
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inclusion proof of a leaf in the tree of a given size")
    public InclusionProof inclusion(@QueryParam("leafIndex") String leafIndex, @QueryParam("treeSize") String treeSize) {
        long leaf = number("leafIndex", leafIndex);
        long size = number("treeSize", treeSize);
        return log.read(l -> l.inclusionProof(leaf, size));
    }

    @GET
    @Path("/proofs/consistency")
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Consistency proof between two tree sizes: the log only grew")
    public ConsistencyProof consistency(@QueryParam("from") String from, @QueryParam("to") String to) {
        long a = number("from", from);
        long b = number("to", to);
        return log.read(l -> l.consistencyProof(a, b));
    }

    @GET
    @Path("/entries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log entries [start, end) with their exact leaf bytes (AUDITOR)")
    public EntriesJson entries(@QueryParam("start") String start, @QueryParam("end") String end) {
        if (!identity.require().has(Role.AUDITOR)) {
            throw new ForbiddenException("Only auditors read the log entries");
        }
        long s = number("start", start);
        long e = number("end", end);
        if (e <= s) {
            throw InvalidInputException.field("end", "must be greater than start");
        }
        if (e - s > MAX_ENTRIES) {
            throw InvalidInputException.field("end", "at most " + MAX_ENTRIES + " entries per request");
        }
        return log.read(l -> {
            if (e > l.size()) {
                throw InvalidInputException.field("end", "must be at most the tree size " + l.size());
            }
            List<byte[]> leaves = l.leafData(s, e);
            List<EntryJson> items = new ArrayList<>(leaves.size());
            for (int i = 0; i < leaves.size(); i++) {
                EventRecord r = EventRecord.parse(leaves.get(i));
                items.add(new EntryJson(s + i, r.type().name(), r.subjects(),
                        r.subjects().isEmpty() ? null : r.subjects().get(0), r.actorRole(), r.outcome().name(),
                        r.time(), r.detail(), Base64.getEncoder().encodeToString(leaves.get(i))));
            }
            return new EntriesJson(s, e, l.size(), items);
        });
    }

    static long number(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.field(field, "is required");
        }
        try {
            long v = Long.parseLong(raw.strip());
            if (v < 0) {
                throw InvalidInputException.field(field, "must be 0 or more");
            }
            return v;
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "must be a whole number");
        }
    }
}
