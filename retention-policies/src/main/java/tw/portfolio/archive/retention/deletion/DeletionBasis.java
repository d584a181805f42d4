package tw.portfolio.archive.retention.deletion;

/** Why data is deleted: the student asked after sealing, or the school disposes of it after its retention (§6). */
public enum DeletionBasis {
    REQUEST,
    DISPOSITION
}
