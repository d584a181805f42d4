package tw.portfolio.archive.retention.erasure;

/**
 * The steps of an erasure, in the order they run; each commits on its own and is idempotent, and
 * {@code ERASURE.STEP} names the last one that finished, so a resumed run starts after it.
 */
public enum ErasureStep {
    /** Nothing done yet (no ERASURE row). */
    NONE,
    /** Items captured (ids, digests, sizes), the student's accounts disabled and their tokens revoked. */
    CAPTURED,
    /** Personal rows deleted, the audit trail scrubbed, DELETION events recorded, the pseudonym key destroyed. */
    DATABASE,
    /** OCFL objects purged (artifacts, receipts, submission packages) and staging leftovers removed. */
    STORE,
    /** Search documents deleted and merged away. */
    INDEX,
    /** The database's files rewritten so no page or transaction log holds the deleted rows. */
    DATABASE_FILES,
    /** The off-site replica reached (not configured yet). */
    REPLICA,
    /** Finished. */
    DONE;

    /** The step after this one. */
    public ErasureStep next() {
        return values()[Math.min(ordinal() + 1, DONE.ordinal())];
    }
}
