package tw.portfolio.archive.event;

/**
 * Event types, named after PREMIS 3 event types (id.loc.gov/vocabulary/preservation/eventType)
 * where one fits, and after the archive's own lifecycle otherwise.
 */
public enum ArchiveEventType {
    INGESTION,
    MESSAGE_DIGEST_CALCULATION,
    FIXITY_CHECK,
    METADATA_MODIFICATION,
    CERTIFICATION,
    SELECTION,
    SUBMISSION,
    RECEIPT,
    ACCESS,
    SEALED_DATA_ACCESS,
    KEY_ROTATION,
    REPLICATION,
    DELETION,
    LOGIN,
    ACCOUNT_LOCKOUT,
    ACCOUNT_MODIFICATION,
    /** A retention sweep sealed a student's data (issue 15); object {@code student:<id>}. */
    SEALING,
    /** A retention policy version came into force. */
    POLICY_ASSIGNMENT,
    /** A legal hold placed or released. */
    LEGAL_HOLD,
    /** A deletion request filed, approved, rejected, executed or failed. */
    DELETION_REQUEST,
    /** A destruction certificate issued. */
    DESTRUCTION_CERTIFICATION
}
