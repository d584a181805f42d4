package tw.portfolio.archive.web.portfolio.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.portfolio.course.CourseType;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceCategory;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;

/** The request bodies the portfolio API reads (JSON, camelCase). */
public final class Requests {
    private Requests() {
    }

    /** Refuses a missing body with a clear 400. */
    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("A JSON body is required");
        }
        return body;
    }

    /** A new course; {@code teacherUsernames} (or {@code teachers}) lists the teachers. */
    public record CourseRequest(String code, String name, String subject, CourseType type, Integer credits,
            Integer academicYear, Integer semester, List<String> teacherUsernames, List<String> teachers) {
    }

    /** Students to enroll, by id or by national ID. */
    public record EnrollRequest(List<String> studentIds, List<String> nationalIds) {
    }

    /** A new outcome, or (without courseId) a new version of one. */
    public record OutcomeRequest(String courseId, String description, List<String> artifactIds) {
    }

    public record CertificationRequest(CertificationDecision decision, String reason) {
    }

    /** A diverse-performance item; academicYear, when given, must be the current one. */
    public record DiverseRequest(Integer academicYear, DiversePerformanceCategory category, String name, String content,
            String award, Integer hours, LocalDate startDate, LocalDate endDate, List<String> artifactIds) {
    }

    public record SelectionRequest(List<String> courseOutcomeIds, List<String> diversePerformanceIds) {
    }

    public record WindowRequest(Instant opensAt, Instant closesAt) {
    }

    public record AvailabilityRequest(Boolean available, String reason) {
    }

    /** CONFIRMED or DISPUTED (with reason and, for a receipt of several items, itemId); channel ONLINE or PAPER. */
    public record ConfirmationRequest(String decision, String reason, String itemId, String channel) {
    }

    public record EmailRequest(String recipient) {
    }
}
