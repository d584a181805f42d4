package tw.portfolio.archive.web.fixity;

/** A full audit runs now on every core; a rolling audit runs on a schedule within a byte budget. */
public enum AuditKind {
    FULL,
    ROLLING
}
