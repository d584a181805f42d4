package tw.portfolio.archive.web.integrity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.EventLogAppender;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.json.JsonText;

/**
 * The Merkle event log as the archive's {@link EventLogAppender}: every event becomes a leaf in the
 * same transaction as the change it records (the data source's connection is shared within a JTA
 * transaction), after taking the writer row lock so appends are strictly ordered.
 */
@ApplicationScoped
public class MerkleEventLog implements EventLogAppender {
    private static final Object APPENDER = new Object();
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(MerkleEventLog.class.getName());

    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;
    @jakarta.persistence.PersistenceContext(unitName = "archive")
    jakarta.persistence.EntityManager em;

    /** One appending transaction at a time in this server, held until it commits or rolls back. */
    private final java.util.concurrent.Semaphore appendTurn = new java.util.concurrent.Semaphore(1, true);

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(ArchiveEvent event) {
        byte[] leaf = toRecord(event).toLeafData();
        takeAppendTurn();
        // The persistence context's own connection: enlisted in this transaction on every thread,
        // so the leaf commits or rolls back with the event row. It is not ours to close.
        Connection c = em.unwrap(Connection.class);
        try {
            if (c.getAutoCommit()) {
                LOG.severe("The event log connection is in auto-commit mode inside a transaction");
            }
            try (PreparedStatement lock = c.prepareStatement(
                    "UPDATE event_log_writer SET appends = appends + 1 WHERE id = 1")) {
                lock.executeUpdate();
            }
            return new MerkleLog(new JdbcLogStore(c)).append(leaf);
        } catch (SQLException e) {
            throw new IntegrityViolationException("The event log could not be written", e);
        }
    }

    /**
     * The writer row lock orders appends across servers; within this server the turn is also taken
     * here, for the whole transaction, so two transactions never compute the same leaf index.
     */
    private void takeAppendTurn() {
        if (transactions.getResource(APPENDER) != null) {
            return;
        }
        appendTurn.acquireUninterruptibly();
        transactions.putResource(APPENDER, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the turn ends after the outcome is durable
            }

            @Override
            public void afterCompletion(int status) {
                appendTurn.release();
            }
        });
    }

    /** Reads the log (proofs, heads, leaves) inside the current or a new transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T read(Function<MerkleLog, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(new MerkleLog(new JdbcLogStore(c)));
        } catch (SQLException e) {
            throw new IntegrityViolationException("The event log could not be read", e);
        }
    }

    /** The leaf for an event: ids, pseudonyms, role and digests only. */
    static EventRecord toRecord(ArchiveEvent event) {
        List<String> subjects = new ArrayList<>();
        subjects.add(event.objectId());
        if (event.studentPseudonym() != null) {
            subjects.add("student:" + event.studentPseudonym());
        }
        Map<String, String> digests = new TreeMap<>();
        Map<String, String> detail = new TreeMap<>(event.detail());
        String sha = detail.remove("sha256");
        if (sha != null) {
            digests.put("sha256", sha);
        }
        EventOutcome outcome = "FAILURE".equals(event.outcome()) ? EventOutcome.FAILURE : EventOutcome.SUCCESS;
        if (!"SUCCESS".equals(event.outcome()) && !"FAILURE".equals(event.outcome())) {
            detail.put("result", event.outcome());
        }
        return EventRecord.of(type(event), event.occurredAt(), event.actorRole(), subjects, digests, outcome,
                detail.isEmpty() ? "" : JsonText.object(detail));
    }

    static EventType type(ArchiveEvent event) {
        return switch (event.type()) {
            case INGESTION -> EventType.INGESTION;
            case MESSAGE_DIGEST_CALCULATION -> EventType.MESSAGE_DIGEST_CALCULATION;
            case FIXITY_CHECK -> EventType.FIXITY_CHECK;
            case METADATA_MODIFICATION -> EventType.METADATA_MODIFICATION;
            case CERTIFICATION -> EventType.CERTIFICATION;
            case SELECTION -> EventType.SELECTION;
            case SUBMISSION -> EventType.SUBMISSION;
            case RECEIPT -> EventType.RECEIPT;
            case ACCESS -> EventType.ACCESS;
            case SEALED_DATA_ACCESS -> EventType.SEALED_DATA_ACCESS;
            case KEY_ROTATION -> EventType.SIGNING_KEY_ROTATION;
            case REPLICATION -> EventType.REPLICATION;
            case DELETION -> EventType.DELETION;
            case LOGIN -> EventType.LOGIN;
            case ACCOUNT_LOCKOUT -> EventType.ACCOUNT_LOCKOUT;
            case ACCOUNT_MODIFICATION -> EventType.ACCOUNT_MODIFICATION;
        };
    }
}
