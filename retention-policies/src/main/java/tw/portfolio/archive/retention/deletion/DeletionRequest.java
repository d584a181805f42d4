package tw.portfolio.archive.retention.deletion;

import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.retention.erasure.ErasurePreview;

/**
 * A deletion request as stored: the student's opaque id (which stays as the certificate's pseudonym
 * after the erasure), the basis, the state, who filed it in which role and when, what the erasure would
 * remove when it was filed, the decisions so far, and the rejection reason, certificate or error.
 */
public record DeletionRequest(String id, String studentId, DeletionBasis basis, DeletionState state,
        String requestedBy, String requestedRole, Instant requestedAt, ErasurePreview preview,
        String rejectionReason, String certificateId, String error, Instant updatedAt,
        List<DeletionApproval> approvals) {
    public DeletionRequest {
        approvals = List.copyOf(approvals);
    }

    /** The request with its decisions. */
    public DeletionRequest withApprovals(List<DeletionApproval> decisions) {
        return new DeletionRequest(id, studentId, basis, state, requestedBy, requestedRole, requestedAt, preview,
                rejectionReason, certificateId, error, updatedAt, decisions);
    }
}
