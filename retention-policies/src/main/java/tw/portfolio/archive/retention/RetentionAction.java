package tw.portfolio.archive.retention;

import java.time.Period;
import java.util.Objects;

/**
 * One step of a retention policy: what happens, and how long after which date.
 *
 * @param kind   what happens
 * @param offset how long after {@code from}; zero for "as soon as {@code from} has come"
 * @param from   the date it counts from: {@code completedOn} or {@code sealDate}
 */
public record RetentionAction(Kind kind, Period offset, String from) {
    /** The actions of §6. */
    public enum Kind {
        /** Sealed (封存): kept, read by few, searchable by none. */
        SEAL,
        /** The student may ask for deletion once sealed. */
        DELETION_ON_REQUEST,
        /** The school reviews the sealed data for disposition once its own retention has passed. */
        DISPOSITION_REVIEW
    }

    public static final String COMPLETED_ON = "completedOn";
    public static final String SEAL_DATE = "sealDate";

    public RetentionAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(from, "from");
    }
}
