package tw.portfolio.archive.web.fixity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.VerificationResult;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.JdbcLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * The database against the signed statements and the log: for every artifact row, its SHA256 and
 * SIZE_BYTES must equal its signed statement's, the statement's signature must verify with the
 * school's keys, and its ingestion leaf must name the artifact and carry the same SHA-256. A row
 * changed behind the archive's back is named with the statement's value as expected and the row's
 * as actual. Plain JDBC on the caller's connection, reading in pages by id.
 */
final class RecordCheck {
    private static final int PAGE = 500;
    /**
     * The ingestion leaf: LEAF_INDEX on rows from before the log queue, else the leaf its log entry
     * became (event_log_entry), never a position guessed from anything else; null while queued.
     */
    private static final String SELECT = "SELECT a.ID, a.SHA256, a.SIZE_BYTES, a.OCFL_OBJECT_ID, a.STATE, a.KEY_ID, "
            + "a.SIGNED_STATEMENT, a.SIGNATURE_VALUE, COALESCE(a.LEAF_INDEX, e.leaf_index), a.LOG_ENTRY FROM ARTIFACT a "
            + "LEFT JOIN event_log_entry e ON e.entry_id = a.LOG_ENTRY WHERE a.ID > ? ORDER BY a.ID ";

    private final SchoolKeyRing keys;
    private final Predicate<String> objectExists;
    private final Clock clock;
    private final int page;

    RecordCheck(SchoolKeyRing keys, Predicate<String> objectExists, Clock clock) {
        this(keys, objectExists, clock, PAGE);
    }

    /** With {@code page} rows per query (tests: small pages let the log grow between two of them). */
    RecordCheck(SchoolKeyRing keys, Predicate<String> objectExists, Clock clock, int page) {
        this.keys = keys;
        this.objectExists = objectExists;
        this.clock = clock;
        this.page = page;
    }

    /**
     * The log as the check sees it. The server keeps sequencing while an audit runs, and an entry row
     * commits with its leaf, so a leaf index beyond the size read first may be a leaf appended since:
     * the size is read again before such an index is called missing.
     */
    private static final class LogView {
        final MerkleLog log;
        long size;

        LogView(MerkleLog log) {
            this.log = log;
            this.size = log.size();
        }

        boolean holds(long leafIndex) {
            if (leafIndex >= size) {
                size = log.size();
            }
            return leafIndex >= 0 && leafIndex < size;
        }
    }

    /** {@code leafIndex} null and {@code queued}: the ingestion's leaf is not sequenced yet. */
    private record Row(String id, String sha256, long size, String objectId, String state, String keyId,
            String statement, String signature, Long leafIndex, boolean queued) {
    }

    /** Checks every artifact row; returns the failures in artifact id order. */
    List<AuditFailure> run(Connection c) throws SQLException {
        LogView log = new LogView(new MerkleLog(new JdbcLogStore(c)));
        List<AuditFailure> failures = new ArrayList<>();
        String after = "";
        while (true) {
            List<Row> rows = page(c, after);
            for (Row row : rows) {
                check(row, log, failures);
            }
            if (rows.size() < page) {
                return failures;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private List<Row> page(Connection c, String after) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "FETCH FIRST " + page + " ROWS ONLY")) {
            ps.setString(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long leaf = nullable(rs, 9);
                    boolean queued = leaf == null && nullable(rs, 10) != null;
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), leaf, queued));
                }
            }
        }
        return rows;
    }

    /** The column as a Long, null when SQL NULL (wasNull right after the read it belongs to). */
    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private void check(Row row, LogView log, List<AuditFailure> out) {
        if (!"DELETED".equals(row.state()) && !objectExists.test(row.objectId())) {
            out.add(fail(row, row.objectId(), "present in the OCFL store", FailureKinds.OBJECT_MISSING, "missing"));
        }
        if (row.statement() == null || row.signature() == null || row.keyId() == null
                || (row.leafIndex() == null && !row.queued())) {
            out.add(fail(row, "ARTIFACT.SIGNED_STATEMENT", "a signed statement and an ingestion leaf",
                    FailureKinds.RECORD_UNSIGNED, "none"));
            return;
        }
        byte[] bytes;
        ArtifactStatement statement;
        try {
            bytes = Base64.getDecoder().decode(row.statement());
            statement = ArtifactStatement.parse(bytes);
        } catch (IllegalArgumentException | InvalidInputException e) {
            out.add(fail(row, "ARTIFACT.SIGNED_STATEMENT", "a canonical artifact statement",
                    FailureKinds.STATEMENT_MALFORMED, e.getMessage()));
            return;
        }
        if (!statement.artifactId().equals(row.id())) {
            out.add(fail(row, "ARTIFACT.SIGNED_STATEMENT", row.id(), FailureKinds.STATEMENT_MALFORMED,
                    statement.artifactId()));
        }
        if (!statement.sha256().equals(row.sha256())) {
            out.add(fail(row, "ARTIFACT.SHA256", statement.sha256(), FailureKinds.RECORD_DIGEST_MISMATCH, row.sha256()));
        }
        if (statement.size() != row.size()) {
            out.add(fail(row, "ARTIFACT.SIZE_BYTES", Long.toString(statement.size()), FailureKinds.RECORD_SIZE_MISMATCH,
                    Long.toString(row.size())));
        }
        VerificationResult signature = verify(row, bytes);
        if (!signature.valid()) {
            out.add(fail(row, "ARTIFACT.SIGNATURE_VALUE", "a valid Ed25519 signature by key " + row.keyId(),
                    FailureKinds.STATEMENT_SIGNATURE_INVALID, signature.reason()));
        }
        if (row.leafIndex() != null) { // a queued leaf is the eventLog readiness check's concern
            checkLeaf(row, statement, log, out);
        }
    }

    private VerificationResult verify(Row row, byte[] statement) {
        try {
            return keys.verify(statement, new SignatureValue(row.keyId(), SignatureValue.ED25519,
                    Base64.getDecoder().decode(row.signature())));
        } catch (IllegalArgumentException e) {
            return VerificationResult.failed("signature is not base64");
        }
    }

    private void checkLeaf(Row row, ArtifactStatement statement, LogView log, List<AuditFailure> out) {
        long i = row.leafIndex();
        String path = "event log leaf " + i;
        if (!log.holds(i)) {
            out.add(fail(row, path, "leaf " + i + " holding the ingestion", FailureKinds.LEAF_MISMATCH,
                    "the log has " + log.size + " leaves"));
            return;
        }
        EventRecord record;
        try {
            record = EventRecord.parse(log.log.leafData(i, i + 1).get(0));
        } catch (InvalidInputException | IndexOutOfBoundsException e) {
            out.add(fail(row, path, "a canonical ingestion event", FailureKinds.LEAF_MISMATCH,
                    "unreadable leaf: " + e.getMessage()));
            return;
        }
        if (record.type() != EventType.INGESTION || !record.subjects().contains(row.id())) {
            out.add(fail(row, path, "ingestion of " + row.id(), FailureKinds.LEAF_MISMATCH,
                    record.type().label() + " of " + record.subjects()));
            return;
        }
        String logged = record.digests().get("sha256");
        if (!statement.sha256().equals(logged)) {
            out.add(fail(row, path, statement.sha256(), FailureKinds.LEAF_MISMATCH, String.valueOf(logged)));
        }
    }

    private AuditFailure fail(Row row, String path, String expected, String kind, String actual) {
        return new AuditFailure(row.id(), row.objectId(), path, expected, actual, kind, clock.instant(), null);
    }
}
