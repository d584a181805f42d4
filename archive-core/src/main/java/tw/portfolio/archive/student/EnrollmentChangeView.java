package tw.portfolio.archive.student;

import java.time.Instant;
import java.time.LocalDate;

/** An enrollment change as the API shows it. */
public record EnrollmentChangeView(String id, EnrollmentChangeType type, LocalDate effectiveDate, String schoolCode,
        String reason, Student.Status statusAfter, boolean revoked, Instant recordedAt) {

    public static EnrollmentChangeView of(EnrollmentChange c) {
        return new EnrollmentChangeView(c.id(), c.type(), c.effectiveDate(), c.schoolCode(), c.reason(), c.statusAfter(),
                c.revoked(), c.recordedAt());
    }
}
