package tw.portfolio.archive.retention.deletion;

/** Where a deletion request stands. */
public enum DeletionState {
    /** Filed; waits for two approvals (or one rejection). */
    PENDING_APPROVAL,
    /** Both approvals are in; the erasure runs in the background (resumed at start-up after a crash). */
    EXECUTING,
    /** Erased; the destruction certificate is issued. */
    COMPLETED,
    /** The erasure stopped; {@code error} says what is left. Staff may run it again. */
    FAILED,
    /** An approver rejected it; the reason is shown to the student. */
    REJECTED;

    /** True while the request blocks another for the same student. */
    public boolean open() {
        return this == PENDING_APPROVAL || this == EXECUTING || this == FAILED;
    }
}
