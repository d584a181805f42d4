package tw.portfolio.archive.retention.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import tw.portfolio.archive.retention.RetentionSettings;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.storage.ArtifactStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The archive's {@link StudentErasure}: an {@link ErasureEngine} over the container's transactions,
 * the OCFL store, the search index and the Derby files. Never inside a caller's transaction: each
 * step commits on its own. Call it with no transaction of yours holding locks on the student's rows
 * or on the tables it rebuilds (a suspended transaction's row lock on AUDIT_TRAIL, say, makes the
 * table rebuild wait for it until Derby's lock timeout, and the step fails; it resumes when called
 * again). Erasures run one at a time.
 */
@ApplicationScoped
public class ArchiveStudentErasure implements StudentErasure {
    @Inject
    ContainerErasureTransactions transactions;
    @Inject
    ContainerDatabaseFiles databaseFiles;
    @Inject
    ArtifactStore store;
    @Inject
    Instance<SearchIndex> index;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = RetentionSettings.ERASURE_REBUILD_WAIT, defaultValue = RetentionSettings.ERASURE_REBUILD_WAIT_DEFAULT)
    String rebuildWait;

    /** One erasure (or no-resurrection check) at a time: they are rare, and each rewrites tables. */
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ErasurePreview preview(String studentId) {
        return engine().preview(studentId);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ErasureResult erase(String studentId, String requestId) {
        running.lock();
        try {
            return engine().erase(studentId, requestId);
        } finally {
            running.unlock();
        }
    }

    /** Runs the no-resurrection check, never beside an erasure. */
    public ResurrectionGuard.Report guardRun() {
        running.lock();
        try {
            return guard().run();
        } finally {
            running.unlock();
        }
    }

    /** The engine over this bean's parts (the no-resurrection guard uses it too). */
    public ErasureEngine engine() {
        return new ErasureEngine(transactions, store, index.isResolvable() ? index.get() : null, databaseFiles, clock,
                StepListener.NONE, Duration.parse(rebuildWait));
    }

    /** The no-resurrection guard over the same parts. */
    public ResurrectionGuard guard() {
        return new ResurrectionGuard(engine(), transactions, store, index.isResolvable() ? index.get() : null,
                databaseFiles, clock);
    }
}
