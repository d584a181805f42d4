package tw.portfolio.archive.web.fixity;

/**
 * The kinds of failure the record and log checks name (storage failures keep the names of
 * {@link tw.portfolio.archive.integrity.fixity.FailureKind}).
 */
public final class FailureKinds {
    /** The row's SHA256 differs from the signed statement's. */
    public static final String RECORD_DIGEST_MISMATCH = "RECORD_DIGEST_MISMATCH";
    /** The row's SIZE_BYTES differs from the signed statement's. */
    public static final String RECORD_SIZE_MISMATCH = "RECORD_SIZE_MISMATCH";
    /** The row carries no statement, signature or leaf index. */
    public static final String RECORD_UNSIGNED = "RECORD_UNSIGNED";
    /** The statement is not canonical, or names another artifact. */
    public static final String STATEMENT_MALFORMED = "STATEMENT_MALFORMED";
    /** The statement's signature does not verify with the school's keys. */
    public static final String STATEMENT_SIGNATURE_INVALID = "STATEMENT_SIGNATURE_INVALID";
    /** The ingestion leaf is missing, not an ingestion of this artifact, or carries another digest. */
    public static final String LEAF_MISMATCH = "LEAF_MISMATCH";
    /** The OCFL object of an artifact or kept object is not in the store at all. */
    public static final String OBJECT_MISSING = "OBJECT_MISSING";
    /**
     * A kept object's (receipt, submission package, audit report) inventory names another digest for
     * its main file than its {@code KEPT_OBJECT} row recorded when it was written.
     */
    public static final String KEPT_DIGEST_MISMATCH = "KEPT_DIGEST_MISMATCH";
    /** A leaf's stored data does not hash to its stored leaf hash. */
    public static final String LOG_LEAF_ALTERED = "LOG_LEAF_ALTERED";
    /** The log is not consistent with a signed checkpoint (rewritten or truncated). */
    public static final String LOG_INCONSISTENT = "LOG_INCONSISTENT";
    /** A stored checkpoint's signature does not verify. */
    public static final String CHECKPOINT_INVALID = "CHECKPOINT_INVALID";

    private FailureKinds() {
    }
}
