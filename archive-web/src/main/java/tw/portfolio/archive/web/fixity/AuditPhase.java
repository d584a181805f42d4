package tw.portfolio.archive.web.fixity;

/** The three checks of a run, in the order they run. */
public enum AuditPhase {
    /** Every stored file re-hashed against its OCFL inventory. */
    STORAGE,
    /** Every artifact row against its signed statement and its ingestion leaf. */
    RECORDS,
    /** The event log's storage against every signed checkpoint. */
    LOG,
    /** Nothing left to check. */
    COMPLETE
}
