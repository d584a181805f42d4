package tw.portfolio.archive.retention;

/** The kinds of record a retention policy governs (§6): each is kept, sealed and disposed of by its own policy. */
public enum RetentionCategory {
    /** Uploaded files of the student's portfolio (ARTIFACT). */
    PORTFOLIO_ARTIFACTS,
    /** Course-learning outcomes and diverse-performance items. */
    OUTCOMES_AND_DIVERSE_ITEMS,
    /** Receipt statements the student confirmed or disputed. */
    RECEIPTS,
    /** Submission packages sent to the central database. */
    SUBMISSION_PACKAGES,
    /** Audit trail entries about the student (the Merkle log keeps ids and digests only, never these). */
    AUDIT_TRAIL_ENTRIES
}
