package tw.portfolio.archive.retention;

import java.time.Instant;

/** A legal hold that stands on a student: refusals name it by id. */
public record LegalHoldRef(String id, Instant placedAt) {
}
