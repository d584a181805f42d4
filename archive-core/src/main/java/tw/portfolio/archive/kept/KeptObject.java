package tw.portfolio.archive.kept;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code KEPT_OBJECT}: which record an OCFL object keeps, whose it is, and the SHA-256
 * of its main file as it was when the object was written (a fixity audit compares the inventory's
 * digest with it, so an object rewritten with a matching inventory is still caught).
 *
 * @param kind what the object keeps
 * @param recordId the receipt or audit id
 * @param studentId the student a receipt or package is of; null for an audit report
 * @param academicYear the academic year a receipt or package is of; null for an audit report
 * @param issuedAt when the record was issued
 * @param mainFile the logical path of the file {@code sha256} is of
 * @param sha256 lowercase hex
 */
public record KeptObject(KeptKind kind, String recordId, String studentId, Integer academicYear, Instant issuedAt,
        String mainFile, String sha256) {

    /** Validates the required parts. */
    public KeptObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(mainFile, "mainFile");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The OCFL object id. */
    public String objectId() {
        return kind.objectId(recordId);
    }
}
