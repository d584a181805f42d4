package tw.portfolio.archive.access;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sealed student's seal, as the retention sweep wrote it (V14, V15).
 *
 * @param sealedOn the day a sweep sealed the records ({@code STUDENT.SEALED_ON})
 * @param sealDate the seal date under the policy they were sealed by ({@code STUDENT.SEAL_DATE}: five
 *     years after completion by default), null for a student sealed before that column existed
 */
public record Seal(LocalDate sealedOn, LocalDate sealDate) {
    public Seal {
        Objects.requireNonNull(sealedOn, "sealedOn");
    }

    /** How problems name the seal: "sealed on 2026-12-08 (seal date 2024-07-31)". */
    public String describe() {
        return "sealed on " + sealedOn + (sealDate == null || sealDate.equals(sealedOn) ? "" : " (seal date " + sealDate + ")");
    }
}
