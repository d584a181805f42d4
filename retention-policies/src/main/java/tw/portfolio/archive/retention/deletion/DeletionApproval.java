package tw.portfolio.archive.retention.deletion;

import java.time.Instant;

/** One approver's decision: their account (username), the role they decided in, the decision, the reason, when. */
public record DeletionApproval(String account, String role, Decision decision, String reason, Instant decidedAt) {
}
