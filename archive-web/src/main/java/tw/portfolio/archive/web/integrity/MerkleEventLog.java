package tw.portfolio.archive.web.integrity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.EventLogAppender;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.JdbcLogQueue;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.LogRepair;
import tw.portfolio.archive.integrity.eventlog.LogSequencer;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;
import tw.portfolio.archive.json.JsonText;

/**
 * The Merkle event log as the archive's {@link EventLogAppender}. An event's leaf is queued in the
 * same transaction as the change it records (so they commit or roll back together, and concurrent
 * transactions share their commits), and the {@link EventLogSequencer} gives queued leaves their
 * indexes shortly after, in batches. Reads first let the sequencer catch up, so a caller sees the
 * leaves of its own committed events.
 */
@ApplicationScoped
public class MerkleEventLog implements EventLogAppender {
    /** Marks a transaction that queued leaves: it must not wait for the sequencer before it commits. */
    private static final Object QUEUED = new Object();

    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;
    @jakarta.persistence.PersistenceContext(unitName = "archive")
    jakarta.persistence.EntityManager em;
    @Inject
    EventLogSequencer sequencer;

    /** Queues the event's leaf in the current transaction; returns its log entry id. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(ArchiveEvent event) {
        byte[] leaf = toRecord(event).toLeafData();
        // The persistence context's own connection: enlisted in this transaction on every thread,
        // so the leaf commits or rolls back with the event row. It is not ours to close.
        long entry = new JdbcLogQueue(transactionConnection()).enqueue(leaf);
        @SuppressWarnings("unchecked")
        List<Long> queued = (List<Long>) transactions.getResource(QUEUED);
        if (queued == null) {
            List<Long> entries = new ArrayList<>();
            queued = entries;
            transactions.putResource(QUEUED, entries);
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the leaves are sequenced once they are committed
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        sequencer.committed(entries);
                    }
                }
            });
        }
        queued.add(entry);
        return entry;
    }

    /**
     * The oldest queued batch below {@code beforeEntryId}; returns how many entries it settled. Never
     * in a container transaction: a pooled connection obtained on the scheduler's threads was seen
     * unenlisted and in auto-commit there, so the batch commits itself ({@link LogSequencer}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sequenceBatch(LogSequencer batch, long beforeEntryId) {
        return withConnection("sequenced", c -> batch.sequenceBatch(c, beforeEntryId));
    }

    /** Committed entries, in a transaction the sequencer begins and commits itself. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sequenceEntries(LogSequencer batch, List<Long> committedEntryIds) {
        return withConnection("sequenced", c -> batch.sequenceEntries(c, committedEntryIds));
    }

    /** Makes the stored tree complete again (see {@link LogRepair}); at start-up, before any append. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LogRepair.Outcome repair() {
        return withConnection("repaired", LogRepair::repair);
    }

    private <T> T withConnection(String what, Function<Connection, T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IntegrityViolationException("The event log could not be " + what, e);
        }
    }

    /**
     * Reads the log (proofs, heads, leaves) inside the current or a new transaction, after the
     * sequencer caught up with every leaf committed before this call, on the transaction's own
     * connection (the persistence context's). Never a second connection in one container
     * transaction: Payara's pool mishandles that (a connection counted closed twice, later handed
     * out closed, then the pool exhausted; crash round 5 of 7 Dec 2026, Payara issue 1490).
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T read(Function<MerkleLog, T> work) {
        catchUp();
        return work.apply(new MerkleLog(new JdbcLogStore(transactionConnection())));
    }

    /** The leaf index log entry {@code entryId} became, once sequenced (on the transaction's connection, as {@link #read}). */
    @Transactional(Transactional.TxType.REQUIRED)
    public OptionalLong leafIndexOf(long entryId) {
        catchUp();
        return new JdbcLogQueue(transactionConnection()).leafIndexOf(entryId);
    }

    /** The current transaction's connection, the persistence context's; not ours to close. */
    private Connection transactionConnection() {
        Connection c = em.unwrap(Connection.class);
        if (c == null) {
            throw new IllegalStateException("no connection: the event log is read inside a transaction");
        }
        return c;
    }

    /**
     * Lets the sequencer catch up with every entry committed so far. Skipped inside a transaction that
     * queued leaves itself: its own leaves cannot be sequenced before it commits, and a reader there
     * sees what the sequencer had done already.
     */
    public void catchUp() {
        if (transactions.getTransactionKey() == null || transactions.getResource(QUEUED) == null) {
            sequencer.drain();
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
            case SEALING -> EventType.SEALING;
            case POLICY_ASSIGNMENT -> EventType.POLICY_ASSIGNMENT;
            case LEGAL_HOLD -> EventType.LEGAL_HOLD;
            case DELETION_REQUEST -> EventType.DELETION_REQUEST;
            case DESTRUCTION_CERTIFICATION -> EventType.DESTRUCTION_CERTIFICATION;
        };
    }
}
