package tw.portfolio.archive.retention.erasure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The erasure's own tables (V17): {@code ERASURE} (one row per request, the step reached),
 * {@code ERASED_ITEM} (what it removes, captured first; later the no-resurrection memory) and
 * {@code ERASURE_CONFIRMATION}. Ids, digests and sizes only. Every call runs on the caller's
 * connection, in the caller's transaction.
 */
final class ErasureLedger {
    /** A captured item: a file-bearing object (artifact, receipt, package) or a record (search document). */
    record Item(String itemId, String kind, String objectId, String sha256, long size) {
        boolean isFile() {
            return !RECORD.equals(kind);
        }

        ErasedItem toErasedItem() {
            return new ErasedItem(itemId, sha256, size);
        }
    }

    /** An ERASURE row. */
    record Erasure(String requestId, String studentId, ErasureStep step) {
    }

    static final String ARTIFACT = "ARTIFACT";
    static final String RECORD = "RECORD";

    private final Connection c;

    ErasureLedger(Connection c) {
        this.c = c;
    }

    Optional<Erasure> find(String requestId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT STUDENT_ID, STEP FROM ERASURE WHERE REQUEST_ID = ?")) {
            ps.setString(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Erasure(requestId, rs.getString(1), ErasureStep.valueOf(rs.getString(2))))
                        : Optional.empty();
            }
        }
    }

    /** Every erasure request that has not finished, oldest first. */
    List<Erasure> unfinished() throws SQLException {
        List<Erasure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT REQUEST_ID, STUDENT_ID, STEP FROM ERASURE WHERE STEP <> 'DONE' ORDER BY STARTED_AT, REQUEST_ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Erasure(rs.getString(1), rs.getString(2), ErasureStep.valueOf(rs.getString(3))));
            }
        }
        return out;
    }

    void start(String requestId, String studentId, Instant at) throws SQLException {
        update("INSERT INTO ERASURE (REQUEST_ID, STUDENT_ID, SUBJECT, STEP, STARTED_AT) VALUES (?, ?, ?, 'CAPTURED', ?)",
                requestId, studentId, studentId, Timestamp.from(at));
    }

    void reached(String requestId, ErasureStep step, Instant at) throws SQLException {
        update("UPDATE ERASURE SET STEP = ?, LAST_ERROR = NULL, FINISHED_AT = ? WHERE REQUEST_ID = ?", step.name(),
                step == ErasureStep.DONE ? Timestamp.from(at) : null, requestId);
    }

    void failed(String requestId, String error) throws SQLException {
        update("UPDATE ERASURE SET LAST_ERROR = ? WHERE REQUEST_ID = ?",
                error.length() > 1000 ? error.substring(0, 1000) : error, requestId);
    }

    /** Adds the item unless the request has it already; true when it was new. */
    boolean add(String requestId, Item item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM ERASED_ITEM WHERE REQUEST_ID = ? AND ITEM_ID = ?")) {
            ps.setString(1, requestId);
            ps.setString(2, item.itemId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        update("INSERT INTO ERASED_ITEM (REQUEST_ID, ITEM_ID, KIND, OBJECT_ID, SHA256, SIZE_BYTES) VALUES (?, ?, ?, ?, ?, ?)",
                requestId, item.itemId(), item.kind(), item.objectId(), item.sha256(), item.size());
        return true;
    }

    List<Item> items(String requestId) throws SQLException {
        return query("SELECT ITEM_ID, KIND, OBJECT_ID, SHA256, SIZE_BYTES FROM ERASED_ITEM WHERE REQUEST_ID = ? ORDER BY ITEM_ID",
                requestId);
    }

    /** Every remembered file-bearing item of every erasure (the no-resurrection memory). */
    List<Item> allFileItems() throws SQLException {
        return query("SELECT ITEM_ID, KIND, OBJECT_ID, SHA256, SIZE_BYTES FROM ERASED_ITEM WHERE KIND <> 'RECORD'"
                + " AND REQUEST_ID IN (SELECT REQUEST_ID FROM ERASURE WHERE STEP = 'DONE') ORDER BY ITEM_ID", null);
    }

    /** Records a confirmation once; a resumed step keeps the first. */
    void confirm(String requestId, ErasureConfirmation confirmation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM ERASURE_CONFIRMATION WHERE REQUEST_ID = ? AND TARGET = ?")) {
            ps.setString(1, requestId);
            ps.setString(2, confirmation.target());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        update("INSERT INTO ERASURE_CONFIRMATION (REQUEST_ID, TARGET, STATE, AT_TIME, DETAIL) VALUES (?, ?, ?, ?, ?)",
                requestId, confirmation.target(), confirmation.state(), Timestamp.from(confirmation.at()),
                confirmation.detail());
    }

    List<ErasureConfirmation> confirmations(String requestId) throws SQLException {
        List<ErasureConfirmation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TARGET, STATE, AT_TIME, DETAIL FROM ERASURE_CONFIRMATION"
                + " WHERE REQUEST_ID = ? ORDER BY AT_TIME, TARGET")) {
            ps.setString(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ErasureConfirmation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getString(4)));
                }
            }
        }
        return out;
    }

    private List<Item> query(String sql, String requestId) throws SQLException {
        List<Item> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (requestId != null) {
                ps.setString(1, requestId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    private void update(String sql, Object... values) throws SQLException {
        Sql.update(c, sql, values);
    }
}
