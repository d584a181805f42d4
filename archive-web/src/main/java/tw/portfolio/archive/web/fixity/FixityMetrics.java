package tw.portfolio.archive.web.fixity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Exposes the standing fixity failures and the files re-hashed since start at /metrics. */
@ApplicationScoped
public class FixityMetrics {
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;
    @Inject
    AuditLedger ledger;
    @Inject
    FixityAuditor auditor;

    public void register() {
        registry.gauge(Metadata.builder().withName("archive_fixity_failures")
                .withDescription("Fixity failures standing now (found after the newest passing audit started)").build(),
                () -> ledger.standing().count());
        registry.gauge(Metadata.builder().withName("archive_fixity_files_checked")
                .withDescription("Stored files re-hashed by fixity audits since start").build(), auditor::filesChecked);
    }
}
