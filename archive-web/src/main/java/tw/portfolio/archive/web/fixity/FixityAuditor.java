package tw.portfolio.archive.web.fixity;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.storage.ArtifactStore;

/**
 * Starts and carries out audit runs: one full run at a time, on every core, on a managed thread;
 * rolling runs on the caller's (the scheduler's) thread within a byte budget. A full run stops a
 * rolling run in progress (it keeps its cursor) and, when it passes, supersedes it.
 */
@ApplicationScoped
public class FixityAuditor {
    private static final Logger LOG = Logger.getLogger(FixityAuditor.class.getName());
    static final String SYSTEM_ROLE = "SYSTEM";
    static final String AUDITOR_ROLE = "AUDITOR";

    @Inject
    AuditLedger ledger;
    @Inject
    tw.portfolio.archive.web.integrity.EventLogSequencer sequencer;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    SchoolKeyRing keys;
    @Inject
    ArtifactStore store;
    @Inject
    tw.portfolio.archive.kept.KeptObjects keptObjects;
    @Inject
    Clock clock;
    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;

    private final AtomicLong filesChecked = new AtomicLong();
    private String fullRun;
    private volatile boolean stopRolling;

    /** Queues a full audit now; 409 while another full audit runs. */
    public synchronized AuditRun startFull(String startedBy) {
        if (fullRun != null) {
            throw new ConflictException("A full fixity audit is already running: " + fullRun);
        }
        AuditRun run = AuditRun.queued(UUID.randomUUID().toString(), AuditKind.FULL, clock.instant(), startedBy);
        ledger.create(run);
        fullRun = run.id();
        stopRolling = true;
        executor.submit(() -> runFull(run));
        return run;
    }

    /** True while a full audit runs. */
    public synchronized boolean fullRunning() {
        return fullRun != null;
    }

    /** Files re-hashed since start, by every run. */
    public long filesChecked() {
        return filesChecked.get();
    }

    /** Carries out (or resumes) a rolling run on this thread; returns it as it ended. */
    AuditRun runRolling(AuditRun run, long bytesPerSecond) {
        synchronized (this) {
            if (fullRun != null) {
                return run;
            }
            stopRolling = false;
        }
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        AuditRun end = new AuditExecution(context(), run, SYSTEM_ROLE).execute(threads, bytesPerSecond,
                () -> stopRolling);
        LOG.info(() -> "Rolling fixity audit " + end.id() + " " + end.state());
        return end;
    }

    private void runFull(AuditRun run) {
        try {
            AuditRun end = new AuditExecution(context(), run, AUDITOR_ROLE)
                    .execute(Runtime.getRuntime().availableProcessors(), 0, () -> false);
            LOG.info(() -> "Full fixity audit " + end.id() + " " + end.state());
            if (end.state() == AuditState.DONE) {
                supersedeRolling(end);
            }
        } finally {
            synchronized (this) {
                fullRun = null;
            }
        }
    }

    /** A passing full run re-checked everything: interrupted rolling runs need not resume. */
    private void supersedeRolling(AuditRun full) {
        for (AuditRun r : ledger.inStates(AuditState.INTERRUPTED)) {
            if (r.kind() == AuditKind.ROLLING && r.finishedAt() == null) {
                ledger.save(new AuditRun(r.id(), r.kind(), r.state(), r.phase(), r.createdAt(), r.startedAt(),
                        clock.instant(), r.objectsChecked(), r.objectsTotal(), r.filesChecked(), r.bytesChecked(),
                        r.failureCount(), r.cursor(), r.startedBy(), "superseded by full audit " + full.id()), List.of());
            }
        }
    }

    private AuditExecution.Context context() {
        List<Ed25519PublicKey> trusted = keys.keys().stream().map(k -> Ed25519PublicKey.ofPem(k.publicKeyPem()))
                .toList();
        return new AuditExecution.Context(ledger, dataSource, dataDirectory.root(),
                new RecordCheck(keys, store::contains, clock), new KeptObjectCheck(keptObjects, store, clock),
                new LogStorageCheck(trusted, clock), clock,
                filesChecked::addAndGet, sequencer::drain);
    }
}
