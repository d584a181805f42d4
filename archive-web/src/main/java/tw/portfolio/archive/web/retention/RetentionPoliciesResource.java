package tw.portfolio.archive.web.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.retention.PolicyVersion;
import tw.portfolio.archive.retention.PolicyVersions;
import tw.portfolio.archive.retention.RetentionPolicy;
import tw.portfolio.archive.web.security.RequestIdentity;

/** The retention policies in force, per category of record, and the versions before them. */
@Path("/retention/policies")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionPoliciesResource {
    @Inject
    RequestIdentity identity;
    @Inject
    PolicyVersions policies;

    /** One action: kind (SEAL, DELETION_ON_REQUEST, DISPOSITION_REVIEW), ISO 8601 offset, and what it counts from. */
    public record ActionJson(String kind, String offset, String from) {
    }

    public record PolicyJson(String category, String trigger, List<ActionJson> actions) {
        static PolicyJson of(RetentionPolicy p) {
            return new PolicyJson(p.category().name(), p.trigger(), p.actions().stream()
                    .map(a -> new ActionJson(a.kind().name(), a.offset().toString(), a.from())).toList());
        }
    }

    public record VersionJson(int version, Instant effectiveFrom, String sealAfter, String disposeAfter) {
        static VersionJson of(PolicyVersion v) {
            return new VersionJson(v.version(), v.effectiveFrom(), v.sealAfter().toString(), v.disposeAfter().toString());
        }
    }

    public record PoliciesJson(int version, Instant effectiveFrom, List<PolicyJson> policies, List<VersionJson> versions) {
    }

    @GET
    @Operation(summary = "The retention policies in force (any signed-in user): per category of record, sealed "
            + "sealAfter after completedOn, deletable on request once sealed, reviewed for disposition disposeAfter "
            + "after sealing; and every version, oldest first (a change never reaches back to what was sealed)")
    public PoliciesJson get() {
        identity.require();
        PolicyVersion v = policies.current();
        return new PoliciesJson(v.version(), v.effectiveFrom(), v.policies().stream().map(PolicyJson::of).toList(),
                policies.all().stream().map(VersionJson::of).toList());
    }
}
