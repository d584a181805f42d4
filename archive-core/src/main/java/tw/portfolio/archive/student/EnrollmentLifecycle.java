package tw.portfolio.archive.student;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.student.Student.Status;

/**
 * The student's lifecycle (DOMAIN.md, Lifecycles: student; §6, §7): which enrollment change fits
 * which status, and the status and completion date a student's changes lead to. enrolled ⇄
 * suspended; enrolled ⇄ visiting; enrolled → transferred out (→ transferred in again); repeating
 * stays enrolled; enrolled → graduated | completed | withdrawn (withdrawn also from suspended).
 * The completion date — graduation or leaving, from which the five-year sealing counts — is the
 * date of the change that left the student in a leaver's status, and null otherwise.
 */
public final class EnrollmentLifecycle {
    private static final Map<EnrollmentChangeType, List<Status>> FROM = Map.of(
            EnrollmentChangeType.TRANSFER_OUT, List.of(Status.ENROLLED, Status.SUSPENDED),
            EnrollmentChangeType.TRANSFER_IN, List.of(Status.ENROLLED, Status.TRANSFERRED_OUT),
            EnrollmentChangeType.SUSPEND, List.of(Status.ENROLLED),
            EnrollmentChangeType.RETURN, List.of(Status.SUSPENDED),
            EnrollmentChangeType.REPEAT, List.of(Status.ENROLLED),
            EnrollmentChangeType.VISITING_START, List.of(Status.ENROLLED),
            EnrollmentChangeType.VISITING_END, List.of(Status.VISITING),
            EnrollmentChangeType.WITHDRAW, List.of(Status.ENROLLED, Status.SUSPENDED),
            EnrollmentChangeType.GRADUATE, List.of(Status.ENROLLED),
            EnrollmentChangeType.COMPLETE, List.of(Status.ENROLLED));

    private EnrollmentLifecycle() {
    }

    /** One change as the lifecycle needs it. */
    public record Step(EnrollmentChangeType type, LocalDate effectiveDate) {
    }

    /** Where a student stands after their changes. */
    public record Standing(Status status, LocalDate completedOn) {
        public static final Standing ENTERED = new Standing(Status.ENROLLED, null);
    }

    /** The status after {@code type}; a 409 saying why when it does not fit {@code current}. */
    public static Status next(Status current, EnrollmentChangeType type) {
        List<Status> from = FROM.get(type);
        if (!from.contains(current)) {
            throw new ConflictException(type + " does not fit a student who is " + current + ": it applies to a student who is "
                    + String.join(" or ", from.stream().map(Enum::name).toList()));
        }
        return switch (type) {
            case TRANSFER_OUT -> Status.TRANSFERRED_OUT;
            case SUSPEND -> Status.SUSPENDED;
            case VISITING_START -> Status.VISITING;
            case WITHDRAW -> Status.WITHDRAWN;
            case GRADUATE -> Status.GRADUATED;
            case COMPLETE -> Status.COMPLETED;
            case TRANSFER_IN, RETURN, REPEAT, VISITING_END -> Status.ENROLLED;
        };
    }

    /**
     * The standing after {@code steps}, applied in order of effective date (steps of one day in the
     * order given); a 409 naming the first step that does not fit.
     */
    public static Standing replay(List<Step> steps) {
        Standing s = Standing.ENTERED;
        List<Step> ordered = steps.stream().sorted(Comparator.comparing(Step::effectiveDate)).toList();
        for (Step step : ordered) {
            Status status;
            try {
                status = next(s.status(), step.type());
            } catch (ConflictException e) {
                throw new ConflictException("The changes do not follow each other: on " + step.effectiveDate() + ", "
                        + e.getMessage());
            }
            s = new Standing(status, status.left() ? step.effectiveDate() : null);
        }
        return s;
    }
}
