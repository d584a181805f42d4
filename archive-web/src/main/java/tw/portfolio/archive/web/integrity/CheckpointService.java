package tw.portfolio.archive.web.integrity;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.eventlog.Checkpoint;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.JdbcCheckpointStore;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.persistence.LocalTransaction;
import tw.portfolio.archive.web.system.RepeatingJob;

/**
 * Signed checkpoints (C2SP tlog-checkpoint in a signed note) of the event log, issued whenever the
 * tree grew, at most every {@code archive.log.checkpointSeconds} seconds, and kept so an auditor can
 * ask for a consistency proof from any earlier one.
 */
@ApplicationScoped
public class CheckpointService {
    private static final Logger LOG = Logger.getLogger(CheckpointService.class.getName());

    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    MerkleEventLog log;
    @Inject
    SchoolKeyRing keys;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "archive.log.origin", defaultValue = "portfolio-archive.local/log")
    String origin;
    @Inject
    @ConfigProperty(name = "archive.log.checkpointSeconds", defaultValue = "2")
    int checkpointSeconds;

    private final RepeatingJob job = new RepeatingJob(LOG, "Checkpoint issue failed; will retry", this::issueRecorded);
    /** Why the latest scheduled issue failed; null once one succeeds. */
    private volatile String failure;

    public void start() {
        job.start(scheduler, 0, checkpointSeconds, TimeUnit.SECONDS);
    }

    /** A scheduled issue that records how it went, for the {@code eventLog} readiness check. */
    void issueRecorded() {
        try {
            issueIfGrown();
            failure = null;
        } catch (RuntimeException e) {
            failure = e.getMessage();
            throw e;
        }
    }

    /** Why the latest scheduled checkpoint failed, or null if it succeeded. */
    public String failure() {
        return failure;
    }

    /**
     * Issues a checkpoint if the tree grew since the latest; returns the latest note, if any. The
     * sequencer catches up first, outside any transaction; then one connection of its own reads the
     * latest checkpoint and the tree head and records the new note, in one local transaction. No
     * container transaction, and no second connection while one is open: the earlier form (a JTA
     * transaction holding one connection while the log read opened another and the sequencer
     * suspended it for a third) made Payara's pool log "state.isBusy already set to false" every
     * two seconds and once hand the checkpoint job a closed connection.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<String> issueIfGrown() {
        log.catchUp();
        try (Connection c = dataSource.getConnection()) {
            return LocalTransaction.run(c, "issue a checkpoint", () -> {
                JdbcCheckpointStore store = new JdbcCheckpointStore(c);
                Optional<String> latest = store.latest();
                Optional<String> issued = Checkpoints.issueIfGrown(new MerkleLog(new JdbcLogStore(c)),
                        latest.map(Checkpoints::parse), origin, origin, keys.activeKey());
                Optional<String> saved = issued.map(note -> store.save(note, clock.instant()));
                return saved.isPresent() ? saved : latest;
            });
        } catch (SQLException e) {
            throw new IntegrityViolationException("The checkpoint store could not be read", e);
        }
    }

    /** The latest checkpoint, read on a connection of its own outside any container transaction. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<String> latest() {
        return withStore(JdbcCheckpointStore::latest);
    }

    /** The checkpoint of exactly {@code treeSize}, read as {@link #latest}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<String> ofSize(long treeSize) {
        return withStore(s -> s.ofSize(treeSize));
    }

    public String origin() {
        return origin;
    }

    public Optional<Checkpoint> latestParsed() {
        return latest().map(Checkpoints::parse);
    }

    private <T> T withStore(java.util.function.Function<JdbcCheckpointStore, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(new JdbcCheckpointStore(c));
        } catch (SQLException e) {
            throw new IntegrityViolationException("The checkpoint store could not be read", e);
        }
    }

    @PreDestroy
    void stop() {
        job.stop();
    }
}
