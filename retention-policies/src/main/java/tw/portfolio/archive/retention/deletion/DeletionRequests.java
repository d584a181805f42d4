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

    /** A request the student filed, with the claim code to show them once. */
    public record Filed(DeletionRequest request, String claimCode) {
    }

    /**
     * Files the student's own request with a {@link CertificateClaim}: after the erasure has removed
     * their account, the code alone fetches the request's destruction certificate.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Filed fileWithClaim(Actor actor, String studentId, DeletionBasis basis) {
        tx.checkFiling(actor, studentId, basis);
        ErasurePreview preview = erasure.get().preview(studentId);
        CertificateClaim claim = CertificateClaim.issue();
        return new Filed(tx.file(actor, studentId, basis, preview, claim), claim.code());
    }

    /** True when {@code code} is the claim code of request {@code requestId}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claims(String requestId, String code) {
        return tx.claimOf(requestId).map(sha -> CertificateClaim.matches(code, sha)).orElse(false);
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
