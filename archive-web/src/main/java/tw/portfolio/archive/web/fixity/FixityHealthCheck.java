package tw.portfolio.archive.web.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code fixity}: down while a fixity failure stands (found after the newest
 * passing audit started), with the count and the first failure as the reason; up again once a
 * later audit passes.
 */
@Readiness
@ApplicationScoped
public class FixityHealthCheck implements HealthCheck {
    static final String NAME = "fixity";

    @Inject
    AuditLedger ledger;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named(NAME);
        AuditRunTable.Standing standing;
        try {
            standing = ledger.standing();
        } catch (RuntimeException e) {
            return b.withData("reason", "fixity state unreadable: " + e.getClass().getSimpleName()).down().build();
        }
        b.withData("failures", standing.count());
        if (standing.count() == 0) {
            return b.up().build();
        }
        AuditFailure first = standing.first();
        b.withData("reason", standing.count() + " fixity failure(s) stand; first: " + first.describe());
        if (first.artifactId() != null) {
            b.withData("artifactId", first.artifactId());
        }
        return b.withData("path", first.path()).withData("expected", first.expected())
                .withData("actual", first.actual()).withData("kind", first.kind()).down().build();
    }
}
