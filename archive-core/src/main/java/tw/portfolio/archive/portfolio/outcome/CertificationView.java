package tw.portfolio.archive.portfolio.outcome;

import java.time.Instant;
import java.util.List;

/**
 * A certification decision as the API shows it.
 *
 * @param revision the outcome revision decided on
 * @param decision CERTIFIED or REJECTED
 * @param reason the teacher's reason (required for a rejection)
 * @param certifiedBy the teacher who decided
 * @param onBehalfOf the course's unavailable teachers when a substitute decided, else empty
 * @param decidedAt when
 */
public record CertificationView(int revision, CertificationDecision decision, String reason, String certifiedBy,
        List<String> onBehalfOf, Instant decidedAt) {
}
