package tw.portfolio.archive.retention.deletion;

/** An approver's decision on a deletion request. */
public enum Decision {
    APPROVE,
    REJECT
}
