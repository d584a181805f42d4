package tw.portfolio.archive.access;

import java.util.List;
import tw.portfolio.archive.error.ConflictException;

/** A write to a sealed student's records (409, problem type {@code sealed-read-only}): sealed records are read-only. */
public class SealedReadOnlyException extends ConflictException {
    private static final long serialVersionUID = 1L;

    public SealedReadOnlyException(Seal seal) {
        super("sealed-read-only", "This student's records were " + seal.describe()
                + " (§6) and are read-only: nothing in them may be added or changed", List.of(), null);
    }
}
