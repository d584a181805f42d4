package tw.portfolio.archive.retention.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;

/**
 * Every database row that holds a student's personal data or free text, found by the student's
 * opaque id (issue 15): the rows are deleted, except the audit trail's and legal holds', which keep
 * their non-personal facts (type, time, ids, role) and lose their clear text. The event log's
 * tables are never touched. Runs on the caller's connection and transaction.
 */
final class StudentRows {
    /** Tables whose rows an erasure deletes or rewrites: their pages are rebuilt afterwards. */
    static final List<String> TOUCHED_TABLES = List.of("SELECTION_OUTCOME", "SELECTION_DIVERSE", "SELECTION",
            "COURSE_OUTCOME_CERTIFICATION", "COURSE_OUTCOME_ARTIFACT", "COURSE_OUTCOME", "DIVERSE_PERFORMANCE_ARTIFACT",
            "DIVERSE_PERFORMANCE", "ENROLLMENT", "ENROLLMENT_CHANGE", "KEPT_OBJECT", "ARTIFACT", "ACCOUNT_ROLE",
            "ACCOUNT", "PSEUDONYM_KEY", "LEGAL_HOLD", "STUDENT", "AUDIT_TRAIL", "FIXITY_FAILURE", "FIXITY_LAST_GOOD",
            "INGEST_INTENT", "INDEX_OUTBOX", "REVOKED_TOKEN");

    /** Deletes, children before parents, each with the student id as its only parameter. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM SELECTION_OUTCOME WHERE SELECTION_ID IN (SELECT ID FROM SELECTION WHERE STUDENT_ID = ?)",
            "DELETE FROM SELECTION_DIVERSE WHERE SELECTION_ID IN (SELECT ID FROM SELECTION WHERE STUDENT_ID = ?)",
            "DELETE FROM SELECTION_OUTCOME WHERE OUTCOME_ID IN (SELECT ID FROM COURSE_OUTCOME WHERE STUDENT_ID = ?)",
            "DELETE FROM SELECTION_DIVERSE WHERE DIVERSE_ID IN (SELECT ID FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?)",
            "DELETE FROM SELECTION WHERE STUDENT_ID = ?",
            "DELETE FROM COURSE_OUTCOME_CERTIFICATION WHERE OUTCOME_ID IN (SELECT ID FROM COURSE_OUTCOME WHERE STUDENT_ID = ?)",
            "DELETE FROM COURSE_OUTCOME_ARTIFACT WHERE OUTCOME_ID IN (SELECT ID FROM COURSE_OUTCOME WHERE STUDENT_ID = ?)",
            "DELETE FROM COURSE_OUTCOME WHERE STUDENT_ID = ?",
            "DELETE FROM DIVERSE_PERFORMANCE_ARTIFACT WHERE ITEM_ID IN (SELECT ID FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?)",
            "DELETE FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?",
            "DELETE FROM ENROLLMENT WHERE STUDENT_ID = ?",
            "DELETE FROM ENROLLMENT_CHANGE WHERE STUDENT_ID = ?",
            "DELETE FROM KEPT_OBJECT WHERE STUDENT_ID = ?",
            "DELETE FROM ARTIFACT WHERE STUDENT_ID = ?",
            "DELETE FROM ACCOUNT_ROLE WHERE USERNAME IN (SELECT USERNAME FROM ACCOUNT WHERE STUDENT_ID = ?)",
            "DELETE FROM ACCOUNT WHERE STUDENT_ID = ?",
            "DELETE FROM PSEUDONYM_KEY WHERE SUBJECT = ?",
            "DELETE FROM STUDENT WHERE ID = ?");

    /** Rows per table counted for a preview, each with the student id as its only parameter. */
    private static final List<String> COUNTS = List.of(
            "SELECT COUNT(*) FROM STUDENT WHERE ID = ?", "SELECT COUNT(*) FROM ACCOUNT WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM ARTIFACT WHERE STUDENT_ID = ?", "SELECT COUNT(*) FROM KEPT_OBJECT WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM COURSE_OUTCOME WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM SELECTION WHERE STUDENT_ID = ?", "SELECT COUNT(*) FROM ENROLLMENT WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM ENROLLMENT_CHANGE WHERE STUDENT_ID = ?",
            "SELECT COUNT(*) FROM AUDIT_TRAIL WHERE STUDENT_ID = ?");

    /** What identifies the student in clear, read before their row goes: searched for in the audit trail. */
    record Identity(String nationalId, String studentNumber, String name, List<String> usernames) {
    }

    private final Connection c;
    private final String studentId;

    StudentRows(Connection c, String studentId) {
        this.c = c;
        this.studentId = studentId;
    }

    boolean studentExists() throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM STUDENT WHERE ID = ?", studentId) > 0;
    }

    /** Takes the student row's write lock: an upload recording an artifact for them waits, or is refused after. */
    void lock() throws SQLException {
        Sql.update(c, "UPDATE STUDENT SET VERSION = VERSION + 1 WHERE ID = ?", studentId);
    }

    /** The student's files and records as items, {@code keptSize} giving a kept object's main file size. */
    List<ErasureLedger.Item> items(ToLongBiFunction<String, String> keptSize) throws SQLException {
        List<ErasureLedger.Item> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID, OCFL_OBJECT_ID, SHA256, SIZE_BYTES FROM ARTIFACT WHERE STUDENT_ID = ?")) {
            ps.setString(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new ErasureLedger.Item(rs.getString(1), ErasureLedger.ARTIFACT, rs.getString(2),
                            rs.getString(3), rs.getLong(4)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT OBJECT_ID, KIND, SHA256, MAIN_FILE FROM KEPT_OBJECT WHERE STUDENT_ID = ?")) {
            ps.setString(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String objectId = rs.getString(1);
                    items.add(new ErasureLedger.Item(objectId, rs.getString(2), objectId, rs.getString(3),
                            keptSize.applyAsLong(objectId, rs.getString(4))));
                }
            }
        }
        for (String sql : List.of("SELECT ID FROM COURSE_OUTCOME WHERE STUDENT_ID = ?",
                "SELECT ID FROM DIVERSE_PERFORMANCE WHERE STUDENT_ID = ?")) {
            for (String id : Sql.strings(c, sql, studentId)) {
                items.add(new ErasureLedger.Item(id, ErasureLedger.RECORD, null, null, 0));
            }
        }
        return items;
    }

    /** Disables the student's accounts and makes every token issued to them stale. Returns how many. */
    int disableAccounts() throws SQLException {
        return Sql.update(c, "UPDATE ACCOUNT SET DISABLED = TRUE, TOKEN_GENERATION = TOKEN_GENERATION + 1"
                + " WHERE STUDENT_ID = ?", studentId);
    }

    Identity identity() throws SQLException {
        List<String> usernames = Sql.strings(c, "SELECT USERNAME FROM ACCOUNT WHERE STUDENT_ID = ?", studentId);
        try (PreparedStatement ps = c.prepareStatement("SELECT NATIONAL_ID, STUDENT_NUMBER, NAME FROM STUDENT WHERE ID = ?")) {
            ps.setString(1, studentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Identity(rs.getString(1), rs.getString(2), rs.getString(3), usernames)
                        : new Identity(null, null, null, usernames);
            }
        }
    }

    /**
     * Rewrites the audit trail entries about the student, by them, about their items or naming them
     * in clear: the detail becomes a pointer to the erasure, the actor (their username) "erased".
     * Returns how many entries were rewritten.
     */
    int scrubAuditTrail(Identity who, List<ErasureLedger.Item> items, String requestId) throws SQLException {
        String detail = "{\"erasedBy\":\"" + requestId + "\"}";
        int n = Sql.update(c, "UPDATE AUDIT_TRAIL SET DETAIL = ? WHERE STUDENT_ID = ?", detail, studentId);
        for (String username : who.usernames()) {
            n += Sql.update(c, "UPDATE AUDIT_TRAIL SET ACTOR = 'erased', DETAIL = ? WHERE ACTOR = ?", detail, username);
        }
        for (ErasureLedger.Item item : items) {
            n += Sql.update(c, "UPDATE AUDIT_TRAIL SET DETAIL = ? WHERE OBJECT_ID = ?", detail, item.itemId());
        }
        for (String clear : new String[] {who.nationalId(), who.studentNumber(), who.name()}) {
            if (clear != null && !clear.isBlank()) {
                n += Sql.update(c, "UPDATE AUDIT_TRAIL SET DETAIL = ? WHERE DETAIL LIKE ? ESCAPE '!'", detail,
                        "%" + clear.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        return n;
    }

    /** Deletes every row of the student and their items' bookkeeping rows; returns how many rows went. */
    int delete(List<ErasureLedger.Item> items, String requestId) throws SQLException {
        int n = 0;
        for (ErasureLedger.Item item : items) {
            String objectId = item.objectId() == null ? item.itemId() : item.objectId();
            n += Sql.update(c, "DELETE FROM FIXITY_FAILURE WHERE OBJECT_ID = ? OR ARTIFACT_ID = ?", objectId, item.itemId());
            n += Sql.update(c, "DELETE FROM FIXITY_LAST_GOOD WHERE OBJECT_ID = ?", objectId);
            n += Sql.update(c, "DELETE FROM INGEST_INTENT WHERE OBJECT_ID = ?", objectId);
            n += Sql.update(c, "DELETE FROM index_outbox WHERE document_id = ?", item.itemId());
        }
        n += Sql.update(c, "UPDATE LEGAL_HOLD SET REASON = ? WHERE STUDENT_ID = ?", "erased by " + requestId, studentId);
        n += Sql.update(c, "UPDATE LEGAL_HOLD SET RELEASE_REASON = ? WHERE STUDENT_ID = ? AND RELEASE_REASON IS NOT NULL",
                "erased by " + requestId, studentId);
        for (String sql : DELETES) {
            n += Sql.update(c, sql, studentId);
        }
        return n;
    }

    /** Rows the erasure would delete or rewrite, for a preview. */
    int count() throws SQLException {
        long n = 0;
        for (String sql : COUNTS) {
            n += Sql.count(c, sql, studentId);
        }
        return (int) n;
    }
}
