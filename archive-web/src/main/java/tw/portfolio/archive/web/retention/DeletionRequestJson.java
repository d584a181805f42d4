package tw.portfolio.archive.web.retention;

import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.retention.deletion.DeletionApproval;
import tw.portfolio.archive.retention.deletion.DeletionRequest;

/**
 * A deletion request as the API shows it. Staff see who decided and why; the student sees the roles,
 * decisions and times, and the reason of a rejection.
 */
public record DeletionRequestJson(String id, String studentId, String basis, String state, String requestedByRole,
        Instant requestedAt, PreviewJson preview, List<ApprovalJson> approvals, String rejectionReason,
        String certificateId, String error, Instant updatedAt, String claimCode) {

    /** What the erasure would remove, as counted when the request was filed. */
    public record PreviewJson(int artifacts, long bytes, int records) {
    }

    /** One decision; {@code account} and {@code reason} only for staff. */
    public record ApprovalJson(String role, String decision, Instant decidedAt, String account, String reason) {
    }

    static DeletionRequestJson of(DeletionRequest r, boolean staff) {
        return new DeletionRequestJson(r.id(), r.studentId(), r.basis().name(), r.state().name(), r.requestedRole(),
                r.requestedAt(), new PreviewJson(r.preview().artifacts(), r.preview().bytes(), r.preview().records()),
                r.approvals().stream().map(a -> approval(a, staff)).toList(), r.rejectionReason(), r.certificateId(),
                staff ? r.error() : (r.error() == null ? null : "the deletion is being completed by the school"),
                r.updatedAt(), null);
    }

    /**
     * The request as answered to the student who just filed it, with the claim code that alone fetches
     * its certificate once their account is gone; shown this once, kept only as a digest.
     */
    DeletionRequestJson withClaimCode(String code) {
        return new DeletionRequestJson(id, studentId, basis, state, requestedByRole, requestedAt, preview, approvals,
                rejectionReason, certificateId, error, updatedAt, code);
    }

    private static ApprovalJson approval(DeletionApproval a, boolean staff) {
        return new ApprovalJson(a.role(), a.decision().name(), a.decidedAt(), staff ? a.account() : null,
                staff ? a.reason() : null);
    }
}
