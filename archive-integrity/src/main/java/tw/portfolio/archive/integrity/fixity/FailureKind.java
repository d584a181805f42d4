package tw.portfolio.archive.integrity.fixity;

/** What a fixity failure found. */
public enum FailureKind {
    /** A content file's digest differs from its inventory's. */
    CONTENT_MISMATCH,
    /** A file the inventory lists is not on disk. */
    CONTENT_MISSING,
    /** A listed file exists but cannot be read (permissions, I/O error). */
    CONTENT_UNREADABLE,
    /** A file sits in a content directory that the inventory's manifest does not list. */
    CONTENT_UNLISTED,
    /** {@code inventory.json} (or a version's copy) differs from the digest in its sidecar file (or the sidecar is missing). */
    INVENTORY_SIDECAR_MISMATCH,
    /** {@code inventory.json} is missing, not JSON, or names an unsupported digest algorithm. */
    INVENTORY_UNREADABLE
}
