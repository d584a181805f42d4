package tw.portfolio.archive.retention.deletion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.retention.erasure.ErasureConfirmation;
import tw.portfolio.archive.retention.erasure.ErasurePreview;
import tw.portfolio.archive.retention.erasure.ErasureResult;
import tw.portfolio.archive.retention.erasure.StudentErasure;

/**
 * An execution as the server runs it ({@link ExecutionRun}), each step committed on real Derby: a
 * process that dies in the middle of the erasure leaves the request EXECUTING, and the run at the next
 * start finishes it; an engine error or an unfinished target leaves it FAILED saying what is left.
 */
class ExecutionRunTest {
    private static final SigningKey KEY = SigningKey.generate(new SecureRandom());

    DeletionDatabase db;
    DeletionWorkflow workflow;
    String student;

    /** Each step in a transaction of its own, as DeletionTransactions does in the server. */
    final DeletionSteps steps = new DeletionSteps() {
        @Override
        public Optional<DeletionRequest> executing(String requestId) {
            return committed(() -> workflow.executing(requestId));
        }

        @Override
        public void fail(String requestId, String error) {
            committed(() -> {
                workflow.fail(requestId, error);
                return null;
            });
        }

        @Override
        public CertificateIssuer.Issued complete(DeletionRequest request, ErasureResult result, SigningKey key) {
            return committed(() -> {
                CertificateIssuer.Issued issued = new CertificateIssuer(new CertificateTable(db.connection),
                        new RecordedEvents(), Clock.systemUTC()).issue(request, result, key);
                workflow.complete(request.id(), issued.certificateId());
                return issued;
            });
        }
    };

    @BeforeEach
    void open() throws SQLException {
        db = new DeletionDatabase();
        workflow = new DeletionWorkflow(new DeletionRequestTable(db.connection), db, new RecordedEvents(),
                Clock.fixed(DeletionWorkflowTest.NOW, ZoneOffset.UTC), Period.ofYears(5), ZoneId.of("Asia/Taipei"));
        student = db.student(LocalDate.of(2019, 7, 31), LocalDate.of(2024, 7, 31));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private <T> T committed(Supplier<T> work) {
        try {
            T result = work.get();
            db.connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            try {
                db.connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw e;
        }
    }

    private String approved() {
        return committed(() -> {
            DeletionRequest r = workflow.file(DeletionWorkflowTest.alumnus(student), student, DeletionBasis.REQUEST,
                    new ErasurePreview(2, 2000, 5));
            workflow.decide(DeletionWorkflowTest.REGISTRAR, r.id(), Decision.APPROVE, "");
            workflow.decide(DeletionWorkflowTest.ADMIN, r.id(), Decision.APPROVE, "");
            return r.id();
        });
    }

    private DeletionState state(String id) {
        return new DeletionRequestTable(db.connection).find(id).orElseThrow().state();
    }

    /** Stands for the process dying: an Error that nothing in the run catches, so no end is recorded. */
    private static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** The process "dies" in the middle of the erasure, once. */
    private static final class DyingErasure implements StudentErasure {
        final FakeErasure engine = new FakeErasure(2);
        int deaths = 1;

        @Override
        public ErasurePreview preview(String studentId) {
            return engine.preview(studentId);
        }

        @Override
        public ErasureResult erase(String studentId, String requestId) {
            if (deaths-- > 0) {
                throw new ProcessDied();
            }
            return engine.erase(studentId, requestId);
        }
    }

    @Test
    void aCrashInTheMiddleLeavesTheRequestExecutingAndTheNextRunFinishesIt() {
        String id = approved();
        DyingErasure erasure = new DyingErasure();
        ExecutionRun run = new ExecutionRun(steps, erasure, () -> KEY);
        assertThrows(ProcessDied.class, () -> run.run(id));
        assertEquals(DeletionState.EXECUTING, state(id));
        assertEquals(List.of(id), new DeletionRequestTable(db.connection).idsIn(DeletionState.EXECUTING));

        CertificateIssuer.Issued issued = run.run(id).orElseThrow();
        assertEquals(DeletionState.COMPLETED, state(id));
        assertEquals(issued.certificateId(), new DeletionRequestTable(db.connection).find(id).orElseThrow().certificateId());
        assertEquals(List.of(student + "/" + id), erasure.engine.erased);
        assertTrue(run.run(id).isEmpty(), "a finished request is not run again");
    }

    @Test
    void anEngineErrorLeavesTheRequestFailedSayingSo() {
        String id = approved();
        FakeErasure erasure = new FakeErasure(2);
        erasure.failures = 1;
        assertTrue(new ExecutionRun(steps, erasure, () -> KEY).run(id).isEmpty());
        DeletionRequest failed = new DeletionRequestTable(db.connection).find(id).orElseThrow();
        assertEquals(DeletionState.FAILED, failed.state());
        assertTrue(failed.error().startsWith("the erasure stopped: the store could not be reached"), failed.error());
    }

    @Test
    void anUnfinishedTargetLeavesTheRequestFailedNamingWhatIsLeft() {
        String id = approved();
        StudentErasure partial = new StudentErasure() {
            @Override
            public ErasurePreview preview(String studentId) {
                return new ErasurePreview(0, 0, 0);
            }

            @Override
            public ErasureResult erase(String studentId, String requestId) {
                Instant at = Instant.parse("2026-12-08T01:00:00Z");
                return new ErasureResult(studentId, List.of(), List.of(new ErasureConfirmation("DATABASE", "DONE", at, ""),
                        new ErasureConfirmation("INDEX", "FAILED", at, "index locked")));
            }
        };
        assertTrue(new ExecutionRun(steps, partial, () -> KEY).run(id).isEmpty());
        DeletionRequest failed = new DeletionRequestTable(db.connection).find(id).orElseThrow();
        assertEquals(DeletionState.FAILED, failed.state());
        assertEquals("left: INDEX (index locked)", failed.error());
    }
}
