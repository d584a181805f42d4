package tw.portfolio.archive.retention;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The retention policy of one category of record (§6): triggered by the student's completion of
 * senior high ({@code completedOn}), sealed {@code sealAfter} later, deletable on request once
 * sealed, and reviewed for disposition {@code disposeAfter} after sealing.
 */
public record RetentionPolicy(RetentionCategory category, String trigger, List<RetentionAction> actions) {
    public RetentionPolicy {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(trigger, "trigger");
        actions = List.copyOf(actions);
    }

    /** The policy §6 describes, with the periods of one policy version. */
    public static RetentionPolicy of(RetentionCategory category, Period sealAfter, Period disposeAfter) {
        return new RetentionPolicy(category, RetentionAction.COMPLETED_ON, List.of(
                new RetentionAction(RetentionAction.Kind.SEAL, sealAfter, RetentionAction.COMPLETED_ON),
                new RetentionAction(RetentionAction.Kind.DELETION_ON_REQUEST, Period.ZERO, RetentionAction.SEAL_DATE),
                new RetentionAction(RetentionAction.Kind.DISPOSITION_REVIEW, disposeAfter, RetentionAction.SEAL_DATE)));
    }
}
