package tw.portfolio.archive.web.fixity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the archive's own start-up (schema migrated): full runs a previous process left unfinished
 * are marked INTERRUPTED (they are not resumed; start another), the metrics are registered and
 * the rolling audit is scheduled.
 */
@Singleton
@Startup
@DependsOn("ArchiveStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FixityStartup {
    private static final Logger LOG = Logger.getLogger(FixityStartup.class.getName());

    @Inject
    AuditLedger ledger;
    @Inject
    RollingAuditJob rolling;
    @Inject
    FixityMetrics metrics;
    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        for (AuditRun r : ledger.inStates(AuditState.QUEUED, AuditState.RUNNING)) {
            if (r.kind() == AuditKind.FULL) {
                ledger.save(new AuditRun(r.id(), r.kind(), AuditState.INTERRUPTED, r.phase(), r.createdAt(),
                        r.startedAt(), clock.instant(), r.objectsChecked(), r.objectsTotal(), r.filesChecked(),
                        r.bytesChecked(), r.failureCount(), r.cursor(), r.startedBy(),
                        "the server stopped during the audit"), List.of());
            }
        }
        metrics.register();
        try {
            rolling.start();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Rolling fixity audit not started: " + e.getMessage());
        }
    }
}
