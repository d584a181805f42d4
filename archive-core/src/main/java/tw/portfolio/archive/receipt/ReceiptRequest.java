package tw.portfolio.archive.receipt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.student.SchoolCode;

/**
 * Everything needed to package a student's submission and issue the receipt statement for one
 * academic year. {@code studentId} is the pseudonym the archive uses everywhere; the display name
 * appears only inside the PDF and the e-mail to the student, and {@link #toString()} leaves it out
 * so it cannot reach a log by accident. {@code issuedAt} is kept to the second.
 */
public record ReceiptRequest(String schoolName, SchoolCode schoolCode, String studentId, String studentDisplayName,
                             AcademicYear academicYear, List<SubmittedItem> items, Instant issuedAt) {

    public ReceiptRequest {
        if (schoolName == null || schoolName.isBlank()) {
            throw InvalidInputException.field("schoolName", "is required");
        }
        Objects.requireNonNull(schoolCode, "schoolCode");
        if (studentId == null || studentId.isBlank()) {
            throw InvalidInputException.field("studentId", "is required");
        }
        if (studentDisplayName == null || studentDisplayName.isBlank()) {
            throw InvalidInputException.field("studentDisplayName", "is required");
        }
        Objects.requireNonNull(academicYear, "academicYear");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        if (items.isEmpty()) {
            throw InvalidInputException.field("items", "a receipt lists at least one submitted item");
        }
        Set<String> ids = new HashSet<>();
        for (SubmittedItem item : items) {
            if (!ids.add(item.itemId())) {
                throw InvalidInputException.field("items.itemId", "appears twice: " + item.itemId());
            }
        }
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** Validating factory. */
    public static ReceiptRequest of(String schoolName, SchoolCode schoolCode, String studentId, String studentDisplayName,
                                    AcademicYear academicYear, List<SubmittedItem> items, Instant issuedAt) {
        return new ReceiptRequest(schoolName, schoolCode, studentId, studentDisplayName, academicYear, items, issuedAt);
    }

    /** Omits the student's display name. */
    @Override
    public String toString() {
        return "ReceiptRequest[school=" + schoolCode.value() + ", student=" + studentId + ", academicYear="
                + academicYear + ", items=" + items.size() + ", issuedAt=" + issuedAt + "]";
    }
}
