package tw.portfolio.archive.retention.deletion;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.retention.erasure.ErasureConfirmation;
import tw.portfolio.archive.retention.erasure.ErasureResult;
import tw.portfolio.archive.retention.erasure.StudentErasure;

/**
 * One execution of an approved request, outside any transaction: EXECUTING is read (and checked for
 * holds) in one step, the engine erases (committing in its own steps), then the certificate is issued
 * and the request COMPLETED in one step, or the request is FAILED with what is left. If the process
 * dies anywhere in between, nothing records an end: the request stays EXECUTING and the next run (at
 * start-up) calls the idempotent erase again and finishes.
 */
public final class ExecutionRun {
    private static final Logger LOG = Logger.getLogger(ExecutionRun.class.getName());

    private final DeletionSteps steps;
    private final StudentErasure erasure;
    private final Supplier<SigningKey> key;

    public ExecutionRun(DeletionSteps steps, StudentErasure erasure, Supplier<SigningKey> key) {
        this.steps = steps;
        this.erasure = erasure;
        this.key = key;
    }

    /** Runs the request to its end; the certificate issued, or empty when it failed or was not EXECUTING. */
    public Optional<CertificateIssuer.Issued> run(String requestId) {
        Optional<DeletionRequest> request = steps.executing(requestId);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        ErasureResult result;
        try {
            result = erasure.erase(request.get().studentId(), requestId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deletion request " + requestId + " failed", e);
            steps.fail(requestId, "the erasure stopped: " + e.getMessage() + "; run it again to finish what is left");
            return Optional.empty();
        }
        List<ErasureConfirmation> unfinished = CertificateIssuer.unfinished(result);
        if (!unfinished.isEmpty()) {
            steps.fail(requestId, "left: " + String.join("; ", unfinished.stream()
                    .map(c -> c.target() + " (" + c.detail() + ")").toList()));
            return Optional.empty();
        }
        return Optional.of(steps.complete(request.get(), result, key.get()));
    }
}
