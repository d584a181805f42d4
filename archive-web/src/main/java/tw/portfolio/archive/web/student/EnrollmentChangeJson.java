package tw.portfolio.archive.web.student;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import tw.portfolio.archive.student.EnrollmentChangeView;

/** An enrollment change in an answer. */
@JsonbNillable
public record EnrollmentChangeJson(String id, String type, LocalDate effectiveDate, String schoolCode, String reason,
        String statusAfter, boolean revoked, Instant recordedAt) {

    static EnrollmentChangeJson of(EnrollmentChangeView c) {
        return new EnrollmentChangeJson(c.id(), c.type().name(), c.effectiveDate(), c.schoolCode(), c.reason(),
                c.statusAfter().name(), c.revoked(), c.recordedAt());
    }
}
