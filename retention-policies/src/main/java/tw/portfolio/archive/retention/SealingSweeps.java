package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;

/**
 * Sealing sweeps (§6): a sweep seals, as of its day, every student whose seal date has come, in
 * batches of students, each batch one transaction ({@link SealingBatch}) that also advances the
 * sweep's counters. Re-running seals nothing twice, so a sweep a crash left RUNNING is resumed by
 * running it again. One sweep runs at a time in this process.
 */
@ApplicationScoped
public class SealingSweeps {
    private static final Logger LOG = Logger.getLogger(SealingSweeps.class.getName());
    private static final String COLUMNS = "ID, STATE, AS_OF, POLICY_VERSION, EXAMINED, SEALED, ARTIFACTS, STARTED_BY, "
            + "CREATED_AT, STARTED_AT, FINISHED_AT, ERROR";

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    RetentionTx tx;
    @Inject
    PolicyVersions policies;
    @Inject
    SealingBatch batch;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = RetentionSettings.ZONE, defaultValue = RetentionSettings.ZONE_DEFAULT)
    String zone;
    @Inject
    @ConfigProperty(name = RetentionSettings.SWEEP_BATCH, defaultValue = RetentionSettings.SWEEP_BATCH_DEFAULT)
    int batchSize;

    private final ReentrantLock running = new ReentrantLock();

    /** Who may start a sweep: the academic affairs office or the system administrator. */
    public static void requireStarter(Actor actor) {
        if (!actor.hasAny(Role.ACADEMIC_ADMIN, Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only the academic affairs office or the system administrator starts a sweep");
        }
    }

    /** Who may follow sweeps: the starters and the registration section. */
    public static void requireReader(Actor actor) {
        if (!actor.hasAny(Role.ACADEMIC_ADMIN, Role.SYSTEM_ADMIN, Role.REGISTRAR)) {
            throw new ForbiddenException("Only the academic affairs office, the registrar or the system administrator "
                    + "follow sealing sweeps");
        }
    }

    /** The school's today. */
    public LocalDate today() {
        return clock.instant().atZone(ZoneId.of(zone)).toLocalDate();
    }

    /** Queues a sweep as of today under the policy version in force; 409 while another is queued or running. */
    public SweepView request(Actor actor) {
        requireStarter(actor);
        return tx.inNewTransaction(() -> {
            Optional<SweepView> open = unfinished().stream().findFirst();
            if (open.isPresent()) {
                throw new ConflictException("Sweep " + open.get().id() + " is " + open.get().state() + "; wait for it");
            }
            String id = UUID.randomUUID().toString();
            em.createNativeQuery("INSERT INTO RETENTION_SWEEP (ID, STATE, AS_OF, POLICY_VERSION, EXAMINED, SEALED, "
                            + "ARTIFACTS, STARTED_BY, CREATED_AT) VALUES (?, 'QUEUED', ?, ?, 0, 0, 0, ?, ?)")
                    .setParameter(1, id).setParameter(2, Date.valueOf(today()))
                    .setParameter(3, policies.current().version()).setParameter(4, actor.username())
                    .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
            return find(id).orElseThrow();
        });
    }

    /**
     * Runs (or resumes) sweep {@code id} to its end on the calling thread: batch after batch until
     * no student is due. A failure marks it FAILED with the reason and is thrown.
     */
    public SweepView run(String id) {
        running.lock();
        try {
            boolean more = tx.inNewTransaction(() -> batch.start(id));
            while (more) {
                more = tx.inNewTransaction(() -> batch.sealNext(id, batchSize));
            }
            return tx.inNewTransaction(() -> find(id).orElseThrow());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing sweep " + id + " failed", e);
            String why = String.valueOf(e.getMessage());
            tx.inNewTransaction(() -> batch.fail(id, why.length() > 1000 ? why.substring(0, 1000) : why));
            throw e;
        } finally {
            running.unlock();
        }
    }

    /** One sweep, for those who follow sweeps; 404 when there is none. */
    public SweepView view(Actor actor, String id) {
        requireReader(actor);
        return tx.inNewTransaction(() -> find(id)).orElseThrow(() -> new NotFoundException("No sweep " + id));
    }

    /** Sweeps QUEUED or RUNNING (a crash leaves them so), oldest first. */
    public List<SweepView> unfinished() {
        return rows("SELECT " + COLUMNS + " FROM RETENTION_SWEEP WHERE STATE IN ('QUEUED', 'RUNNING') ORDER BY CREATED_AT",
                null);
    }

    Optional<SweepView> find(String id) {
        return id == null ? Optional.empty() : rows("SELECT " + COLUMNS + " FROM RETENTION_SWEEP WHERE ID = ?", id)
                .stream().findFirst();
    }

    private List<SweepView> rows(String sql, String id) {
        var q = em.createNativeQuery(sql);
        if (id != null) {
            q.setParameter(1, id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new SweepView((String) r[0], SweepView.State.valueOf((String) r[1]),
                SqlValues.date(r[2]), ((Number) r[3]).intValue(), ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), (String) r[7],
                SqlValues.instant(r[8]), SqlValues.instant(r[9]), SqlValues.instant(r[10]),
                (String) r[11])).toList();
    }
}
