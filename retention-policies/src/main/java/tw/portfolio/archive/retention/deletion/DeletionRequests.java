package tw.portfolio.archive.retention.deletion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.retention.erasure.ErasurePreview;
import tw.portfolio.archive.retention.erasure.StudentErasure;

/**
 * The application service of deletion requests: files them (the erasure engine's preview computed
 * between two transactions, outside both), records decisions, and hands an approved or re-run request
 * to {@link DeletionExecution}.
 */
@ApplicationScoped
public class DeletionRequests {
    @Inject
    DeletionTransactions tx;
    @Inject
    DeletionExecution execution;
    @Inject
    Instance<StudentErasure> erasure;

    /** True when an erasure engine is deployed (the workflow refuses to file requests it could not carry out). */
    public boolean erasureAvailable() {
        return erasure.isResolvable();
    }

    /** Refuses (403, 404, 409) a request {@code actor} may not file now, before anything is computed. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(Actor actor, String studentId, DeletionBasis basis) {
        tx.checkFiling(actor, studentId, basis);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeletionRequest file(Actor actor, String studentId, DeletionBasis basis) {
        tx.checkFiling(actor, studentId, basis);
        ErasurePreview preview = erasure.get().preview(studentId);
        return tx.file(actor, studentId, basis, preview);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeletionRequest decide(Actor actor, String requestId, Decision decision, String reason) {
        DeletionWorkflow.Decided decided = tx.decide(actor, requestId, decision, reason);
        if (decided.execute()) {
            execution.submit(requestId);
        }
        return decided.request();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DeletionRequest retry(Actor actor, String requestId) {
        DeletionRequest request = tx.retry(actor, requestId);
        execution.submit(requestId);
        return request;
    }
}
