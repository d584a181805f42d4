package tw.portfolio.archive.retention.deletion;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.retention.erasure.ErasureConfirmation;
import tw.portfolio.archive.retention.erasure.ErasureResult;
import tw.portfolio.archive.retention.erasure.StudentErasure;

/**
 * Runs approved deletions in the background, on the managed executor and outside any container
 * transaction (the erasure engine commits in steps): EXECUTING → the engine erases → in one
 * transaction the certificate is issued and the request COMPLETED, or FAILED with what is left. Then
 * the certificate is anchored: its leaf index and a checkpoint covering it. A crash anywhere leaves the
 * request EXECUTING (or the certificate unanchored); {@link #resume()} at start-up carries on, and the
 * engine's erase is idempotent.
 */
@ApplicationScoped
public class DeletionExecution {
    private static final Logger LOG = Logger.getLogger(DeletionExecution.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    DeletionTransactions tx;
    @Inject
    Instance<StudentErasure> erasure;
    @Inject
    SchoolKeyRing keys;
    @Inject
    Instance<LogAnchor> anchor;

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Starts the request's execution in the background. */
    public void submit(String requestId) {
        executor.execute(() -> run(requestId));
    }

    /** Resumes every EXECUTING request and anchors every certificate not anchored yet. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int resume() {
        List<String> executing = tx.executingIds();
        executing.forEach(this::submit);
        tx.unanchored().forEach(id -> executor.execute(() -> anchorQuietly(id)));
        return executing.size();
    }

    /** Runs one request to its end, unless it is already running here. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void run(String requestId) {
        if (!running.add(requestId)) {
            return;
        }
        try {
            Optional<DeletionRequest> request = tx.executing(requestId);
            if (request.isEmpty()) {
                return;
            }
            ErasureResult result;
            try {
                result = erasure.get().erase(request.get().studentId(), requestId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deletion request " + requestId + " failed", e);
                tx.fail(requestId, "the erasure stopped: " + e.getMessage() + "; run it again to finish what is left");
                return;
            }
            List<ErasureConfirmation> unfinished = CertificateIssuer.unfinished(result);
            if (!unfinished.isEmpty()) {
                tx.fail(requestId, "left: " + String.join("; ", unfinished.stream()
                        .map(c -> c.target() + " (" + c.detail() + ")").toList()));
                return;
            }
            CertificateIssuer.Issued issued = tx.complete(request.get(), result, keys.activeKey());
            anchorQuietly(issued.certificateId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Deletion request " + requestId + " stopped; it resumes at the next start", e);
        } finally {
            running.remove(requestId);
        }
    }

    /**
     * Records the certificate's leaf index and a checkpoint covering it; true when both are known.
     * Safe to call again; a certificate already anchored is left as it is.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean anchor(String certificateId) {
        StoredCertificate c = tx.certificate(certificateId).orElse(null);
        if (c == null || c.anchored()) {
            return c != null;
        }
        if (!anchor.isResolvable()) {
            return false;
        }
        OptionalLong leaf = anchor.get().leafIndexOf(c.logEntryId());
        if (leaf.isEmpty()) {
            return false;
        }
        Optional<String> checkpoint = anchor.get().checkpointCovering(leaf.getAsLong());
        if (checkpoint.isEmpty()) {
            return false;
        }
        tx.anchor(certificateId, leaf.getAsLong(), checkpoint.get());
        return true;
    }

    private void anchorQuietly(String certificateId) {
        try {
            if (!anchor(certificateId)) {
                LOG.warning(() -> "Certificate " + certificateId + " is not anchored yet; it will be when read");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Certificate " + certificateId + " could not be anchored yet", e);
        }
    }
}
