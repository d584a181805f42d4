package tw.portfolio.archive.retention;

import java.time.Instant;

/**
 * A legal hold on a student (§6 as the school applies it): while it stands, nothing of theirs is
 * deleted or disposed of; it never stops sealing. The reasons are staff's free text.
 */
public record LegalHold(String id, String studentId, String reason, String placedBy, Instant placedAt,
        String releasedBy, Instant releasedAt, String releaseReason) {
    public boolean standing() {
        return releasedAt == null;
    }
}
