package tw.portfolio.archive.integrity.eventlog;

/** PREMIS event outcome, reduced to what the archive distinguishes. */
public enum EventOutcome {
    /** The event achieved what it set out to (a fixity check passed). */
    SUCCESS,
    /** It did not (a fixity check found a mismatch). */
    FAILURE
}
