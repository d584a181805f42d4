package tw.portfolio.archive.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.OneTimePasswords;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.artifact.ArtifactService;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.runtime.DataDirectory;

/**
 * Start-up in a fixed order: migrate the schema, recover the event log (repair, sequence what a crash
 * left queued, checkpoint), reconcile what a crash left in storage, move receipts and audit reports an
 * older version kept as plain files into OCFL, finish interrupted erasures and erase again what a
 * restore brought back (issue 15), then
 * create the first accounts (the demo school, or one admin with a one-time password).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ArchiveStartup {
    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class.getName());
    static final String ADMIN_PASSWORD_FILE = "initial-admin-password.txt";

    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    ArtifactService artifacts;
    @Inject
    AccountService accounts;
    @Inject
    tw.portfolio.archive.kept.KeptObjects keptObjects;
    @Inject
    tw.portfolio.archive.web.portfolio.LegacyReceipts legacyReceipts;
    @Inject
    tw.portfolio.archive.web.fixity.AuditReports auditReports;
    @Inject
    tw.portfolio.archive.retention.erasure.ResurrectionCheck resurrection;
    @Inject
    DemoSchoolLoader demoLoader;
    @Inject
    tw.portfolio.archive.web.search.IndexerJob indexer;
    @Inject
    tw.portfolio.archive.web.search.SearchMetrics searchMetrics;
    @Inject
    tw.portfolio.archive.web.integrity.CheckpointService checkpoints;
    @Inject
    tw.portfolio.archive.web.integrity.EventLogSequencer sequencer;
    @Inject
    tw.portfolio.archive.web.integrity.EventLogRecovery logRecovery;
    @Inject
    jakarta.enterprise.inject.Instance<tw.portfolio.archive.integrity.crypto.SchoolKeyRing> keyRing;

    private volatile String notReadyReason;
    @Inject
    @ConfigProperty(name = ArchiveSettings.DEMO, defaultValue = "false")
    boolean demo;

    private volatile boolean ready;

    /**
     * Not in a transaction (said on the method too: a singleton's lifecycle callback otherwise runs
     * in one, and the demo school's events would stay uncommitted until start-up ended).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        System.setProperty("pdfbox.fontcache", dataDirectory.dir("cache").toString());
        Flyway.configure(ArchiveStartup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        logRecovery.recover();
        int removed = artifacts.reconcile();
        if (removed > 0) {
            LOG.warning(() -> "Start-up check removed " + removed + " unacknowledged object(s)");
        }
        int unkept = keptObjects.reconcile();
        if (unkept > 0) {
            LOG.warning(() -> "Start-up check removed " + unkept + " kept object(s) whose rows never committed");
        }
        int receipts = legacyReceipts.migrate();
        int reports = auditReports.migrateLegacy();
        if (receipts + reports > 0) {
            LOG.info(() -> "Moved " + receipts + " receipt(s) and " + reports + " audit report(s) into OCFL");
        }
        guardAgainstResurrection();
        if (accounts.count() == 0) {
            if (demo) {
                int n = demoLoader.load(DemoSchoolLoader.DEMO_RESOURCE);
                LOG.info(() -> "Demo school loaded: " + n + " accounts, password demo-password (demo only)");
            } else {
                createFirstAdmin();
            }
        }
        try {
            keyRing.get().activeKey();
        } catch (RuntimeException e) {
            notReadyReason = "signing key unavailable: " + e.getMessage();
            LOG.severe(notReadyReason);
        }
        sequencer.start();
        logRecovery.retryWhileFailed();
        checkpoints.start();
        indexer.start();
        searchMetrics.register();
        ready = true;
    }

    /**
     * Issue 15, no resurrection: finishes erasures a crash interrupted and erases again whatever a
     * restore brought back. A failure leaves the archive not ready rather than serving erased data.
     */
    private void guardAgainstResurrection() {
        try {
            var report = resurrection.run();
            if (report.resumed() + report.studentsErasedAgain() + report.itemsErasedAgain() > 0) {
                LOG.warning(() -> "No-resurrection check: " + report);
            }
        } catch (RuntimeException e) {
            notReadyReason = "no-resurrection check failed: " + e.getMessage();
            LOG.log(java.util.logging.Level.SEVERE, notReadyReason, e);
        }
    }

    public boolean isReady() {
        return ready && notReadyReason == null;
    }

    /** Why the archive is not ready, or null. */
    public String notReadyReason() {
        return notReadyReason;
    }

    private void createFirstAdmin() {
        String password = OneTimePasswords.generate("admin");
        accounts.create("admin", password, "System administrator", EnumSet.of(Role.SYSTEM_ADMIN, Role.ACADEMIC_ADMIN),
                null, true);
        Path file = dataDirectory.root().resolve(ADMIN_PASSWORD_FILE);
        DataDirectory.writeSecret(file, ("username: admin\npassword: " + password + "\n")
                .getBytes(StandardCharsets.UTF_8));
        System.out.println("==========================================================");
        System.out.println(" First start: created account 'admin' with one-time password");
        System.out.println("   " + password);
        System.out.println(" (also in " + file + ", readable only by its owner).");
        System.out.println(" The first login must change it.");
        System.out.println("==========================================================");
    }
}
