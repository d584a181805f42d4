package tw.portfolio.archive.retention.deletion;

import java.util.Optional;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.retention.erasure.ErasureResult;

/** The transactional steps an execution takes around the erasure, each committed on its own. */
public interface DeletionSteps {
    /** The request when it is EXECUTING and may go on (a hold placed since fails it instead). */
    Optional<DeletionRequest> executing(String requestId);

    /** The erasure stopped: FAILED with what is left. */
    void fail(String requestId, String error);

    /** Issues the certificate and completes the request, in one transaction. */
    CertificateIssuer.Issued complete(DeletionRequest request, ErasureResult result, SigningKey key);
}
