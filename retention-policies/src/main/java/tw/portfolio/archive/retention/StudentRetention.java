package tw.portfolio.archive.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one student stands in retention (§6).
 *
 * @param studentId   the student's opaque id
 * @param completedOn the date they completed senior high (graduation or leaving); null while enrolled
 * @param sealDate    the first day their data is sealed under the policy in force; null while enrolled
 * @param sealedOn    the day a sweep sealed their data; null until then
 * @param activeHolds legal holds that stand on the student (never block sealing; block deletion and disposition)
 */
public record StudentRetention(String studentId, LocalDate completedOn, LocalDate sealDate, LocalDate sealedOn,
                               List<LegalHoldRef> activeHolds) {
    public StudentRetention {
        activeHolds = List.copyOf(activeHolds);
    }

    public boolean sealed() {
        return sealedOn != null;
    }

    public boolean held() {
        return !activeHolds.isEmpty();
    }
}
