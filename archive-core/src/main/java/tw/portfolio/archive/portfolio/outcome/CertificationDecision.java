package tw.portfolio.archive.portfolio.outcome;

/** A teacher's decision: the work is the student's own and belongs to the course, or not. */
public enum CertificationDecision {
    CERTIFIED,
    REJECTED
}
