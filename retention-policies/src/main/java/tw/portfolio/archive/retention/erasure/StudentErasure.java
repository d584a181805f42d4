package tw.portfolio.archive.retention.erasure;

/**
 * Removes one student's personal data and content from everything the archive writes (issue 15,
 * "Execution"): database rows, OCFL objects (purged), the search index (merged away), receipts,
 * submission packages, staging and caches, and destroys the student's pseudonym key. The deletion
 * request workflow calls it once both approvals are in; it never checks approvals, holds or
 * sealing itself.
 */
public interface StudentErasure {
    /** What an erasure of the student would remove, for the request's preview. */
    ErasurePreview preview(String studentId);

    /**
     * Erases the student under deletion request {@code requestId}. Idempotent and resumable: called
     * again with the same request after a crash, it finishes what is left and returns the same
     * items. Must not be called inside a container transaction (it commits in steps).
     */
    ErasureResult erase(String studentId, String requestId);
}
