package tw.portfolio.archive.web.retention;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tw.portfolio.archive.retention.LegalHold;

/** A legal hold as staff see it. */
@JsonbNillable
public record HoldJson(String id, String studentId, boolean standing, String reason, String placedBy, Instant placedAt,
        String releasedBy, Instant releasedAt, String releaseReason) {
    static HoldJson of(LegalHold h) {
        return new HoldJson(h.id(), h.studentId(), h.standing(), h.reason(), h.placedBy(), h.placedAt(), h.releasedBy(),
                h.releasedAt(), h.releaseReason());
    }
}
