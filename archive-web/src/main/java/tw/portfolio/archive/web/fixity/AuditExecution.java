package tw.portfolio.archive.web.fixity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One run carried out on the calling thread: the storage pass (resuming from the run's cursor) over
 * every OCFL object (artifacts and kept objects alike), then the record checks (artifact rows, kept
 * object rows), then the log check, persisting progress and failures as it goes.
 * When {@code stop} turns true the storage pass stops after the current object and the run is left
 * INTERRUPTED with its cursor.
 */
final class AuditExecution {
    private static final Logger LOG = Logger.getLogger(AuditExecution.class.getName());
    static final Duration FLUSH_EVERY = Duration.ofSeconds(3);

    /** What a run needs from the application. */
    record Context(AuditLedger ledger, DataSource dataSource, Path dataDir, RecordCheck records, KeptObjectCheck kept,
            LogStorageCheck log, Clock clock, LongConsumer filesChecked, Runnable logCatchUp) {
    }

    /** A database step over one connection. */
    @FunctionalInterface
    interface Step {
        List<AuditFailure> run(Connection c) throws SQLException;
    }

    private final Context ctx;
    private final String actorRole;
    private AuditRun run;

    AuditExecution(Context ctx, AuditRun run, String actorRole) {
        this.ctx = ctx;
        this.run = run;
        this.actorRole = actorRole;
    }

    /** Runs to DONE, INTERRUPTED or FAILED; returns the final run. */
    AuditRun execute(int threads, long bytesPerSecond, BooleanSupplier stop) {
        run = copy(AuditState.RUNNING, run.phase(), run.startedAt() == null ? ctx.clock().instant() : run.startedAt(),
                null, null);
        ctx.ledger().save(run, List.of());
        try {
            if (run.phase() == AuditPhase.STORAGE) {
                boolean complete = new StoragePass(threads, bytesPerSecond, FLUSH_EVERY, ctx.clock())
                        .run(ctx.dataDir(), StoragePass.Totals.start(run.cursor(), run.objectsChecked(),
                                run.filesChecked(), run.bytesChecked()), new Listener(), stop);
                if (!complete) {
                    return end(AuditState.INTERRUPTED, "stopped; resumes after " + run.cursor());
                }
                phase(AuditPhase.RECORDS);
            }
            if (run.phase() == AuditPhase.RECORDS) {
                ctx.logCatchUp().run(); // every committed ingestion has its leaf before rows are compared
                List<AuditFailure> records = new java.util.ArrayList<>(step(ctx.records()::run));
                records.addAll(ctx.kept().run());
                ctx.ledger().fail(run, records, actorRole);
                phase(AuditPhase.LOG);
            }
            if (run.phase() == AuditPhase.LOG) {
                ctx.ledger().fail(run, step(ctx.log()::run), actorRole);
            }
            return end(AuditState.DONE, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Fixity audit " + run.id() + " failed", e);
            return end(AuditState.FAILED, "the audit itself failed: " + e.getMessage());
        }
    }

    private List<AuditFailure> step(Step step) {
        try (Connection c = ctx.dataSource().getConnection()) {
            return step.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database check could not read: " + e.getMessage(), e);
        }
    }

    private void phase(AuditPhase phase) {
        run = copy(run.state(), phase, run.startedAt(), null, run.note());
        ctx.ledger().save(run, List.of());
    }

    private AuditRun end(AuditState state, String note) {
        AuditPhase phase = state == AuditState.DONE ? AuditPhase.COMPLETE : run.phase();
        run = copy(state, phase, run.startedAt(), state == AuditState.INTERRUPTED ? null : ctx.clock().instant(), note);
        ctx.ledger().finish(run, actorRole);
        return run;
    }

    private AuditRun copy(AuditState state, AuditPhase phase, java.time.Instant startedAt, java.time.Instant finishedAt,
            String note) {
        return new AuditRun(run.id(), run.kind(), state, phase, run.createdAt(), startedAt, finishedAt,
                run.objectsChecked(), run.objectsTotal(), run.filesChecked(), run.bytesChecked(), run.failureCount(),
                run.cursor(), run.startedBy(), note);
    }

    private void totals(StoragePass.Totals t, int newFailures) {
        ctx.filesChecked().accept(t.files() - run.filesChecked());
        run = new AuditRun(run.id(), run.kind(), run.state(), run.phase(), run.createdAt(), run.startedAt(),
                run.finishedAt(), t.objects(), t.objectsTotal(), t.files(), t.bytes(), run.failureCount() + newFailures,
                t.cursor(), run.startedBy(), run.note());
    }

    /** Persists what the storage pass reports. */
    private final class Listener implements StoragePass.Listener {
        @Override
        public void progress(StoragePass.Totals t, List<String> goodObjects) {
            totals(t, 0);
            ctx.ledger().save(run, goodObjects);
        }

        @Override
        public void failures(StoragePass.Totals t, List<String> goodObjects, List<AuditFailure> failures) {
            totals(t, failures.size());
            ctx.ledger().saveWithFailures(run, goodObjects, failures, actorRole);
        }
    }
}
