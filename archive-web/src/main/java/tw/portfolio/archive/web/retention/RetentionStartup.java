package tw.portfolio.archive.web.retention;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.retention.PolicyVersions;
import tw.portfolio.archive.retention.RetentionTx;
import tw.portfolio.archive.retention.SealingSweeps;
import tw.portfolio.archive.retention.SweepView;

/**
 * After the archive's start-up (schema migrated): the retention settings become a new policy
 * version when they changed, a sweep a crash left open is resumed, and the daily sweep is scheduled
 * (for its next time, not now).
 */
@Singleton
@Startup
@DependsOn("ArchiveStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionStartup {
    private static final Logger LOG = Logger.getLogger(RetentionStartup.class.getName());

    @Inject
    PolicyVersions policies;
    @Inject
    RetentionTx tx;
    @Inject
    SealingSweeps sweeps;
    @Inject
    SweepRunner runner;
    @Inject
    DailySweepJob daily;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        try {
            var v = tx.inNewTransaction(policies::ensureCurrent);
            LOG.info(() -> "Retention policy version " + v.version() + " in force: sealed " + v.sealAfter()
                    + " after completion, disposable " + v.disposeAfter() + " after sealing");
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Retention settings refused, policy version unchanged: " + e.getMessage());
        }
        for (SweepView s : tx.inNewTransaction(sweeps::unfinished)) {
            LOG.info(() -> "Resuming sealing sweep " + s.id() + " left " + s.state());
            runner.submit(s.id());
        }
        try {
            daily.start();
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "Daily sealing sweep not started: " + e.getMessage());
        }
    }
}
