package tw.portfolio.archive.web.fixity;

/** Where a run is. INTERRUPTED runs with a cursor are resumed (rolling) or stay as they are (full). */
public enum AuditState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    INTERRUPTED
}
