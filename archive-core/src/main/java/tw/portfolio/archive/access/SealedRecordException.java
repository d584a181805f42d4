package tw.portfolio.archive.access;

import java.time.LocalDate;
import java.util.List;
import tw.portfolio.archive.error.ForbiddenException;

/**
 * A read of a sealed student's record by someone other than the student (403, problem type
 * {@code sealed-record}); the message names the day the records were sealed (§6).
 */
public class SealedRecordException extends ForbiddenException {
    private static final long serialVersionUID = 1L;

    private final LocalDate sealedOn;

    public SealedRecordException(Seal seal) {
        super("sealed-record", "This student's records were " + (seal == null ? "sealed" : seal.describe())
                + " (§6): they are no longer shown to staff; an auditor reads sealed content only with a stated reason",
                List.of(), null);
        this.sealedOn = seal == null ? null : seal.sealedOn();
    }

    /** The seal date, or null when only the record's own state says it is sealed. */
    public LocalDate sealedOn() {
        return sealedOn;
    }
}
