package tw.portfolio.archive.kept;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code KEPT_OBJECT} through plain JDBC on the caller's connection (the caller owns the transaction). */
public final class KeptObjectTable {
    private static final String COLUMNS = "KIND, RECORD_ID, STUDENT_ID, ACADEMIC_YEAR, ISSUED_AT, MAIN_FILE, SHA256";
    private static final String NEWEST_FIRST = " ORDER BY ISSUED_AT DESC, RECORD_ID DESC";

    private final Connection c;

    public KeptObjectTable(Connection c) {
        this.c = c;
    }

    /** Inserts a row; {@code keptAt} is when its object became durable. */
    public void insert(KeptObject o, Instant keptAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO KEPT_OBJECT (OBJECT_ID, " + COLUMNS
                + ", KEPT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, o.objectId());
            ps.setString(2, o.kind().name());
            ps.setString(3, o.recordId());
            ps.setString(4, o.studentId());
            if (o.academicYear() == null) {
                ps.setNull(5, Types.INTEGER);
            } else {
                ps.setInt(5, o.academicYear());
            }
            ps.setTimestamp(6, Timestamp.from(o.issuedAt()));
            ps.setString(7, o.mainFile());
            ps.setString(8, o.sha256());
            ps.setTimestamp(9, Timestamp.from(keptAt));
            ps.executeUpdate();
        }
    }

    /** The row of {@code kind}'s record {@code recordId}, if kept. */
    public Optional<KeptObject> find(KeptKind kind, String recordId) throws SQLException {
        List<KeptObject> rows = select("WHERE KIND = ? AND RECORD_ID = ?", kind.name(), recordId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** True when a row names {@code objectId}. */
    public boolean contains(String objectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM KEPT_OBJECT WHERE OBJECT_ID = ?")) {
            ps.setString(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A student's rows of {@code kind}, newest first. */
    public List<KeptObject> ofStudent(KeptKind kind, String studentId) throws SQLException {
        return select("WHERE KIND = ? AND STUDENT_ID = ?" + NEWEST_FIRST, kind.name(), studentId);
    }

    /** The rows of {@code kind} of an academic year, newest first. */
    public List<KeptObject> ofYear(KeptKind kind, int academicYear) throws SQLException {
        return select("WHERE KIND = ? AND ACADEMIC_YEAR = ?" + NEWEST_FIRST, kind.name(), academicYear);
    }

    /** Up to {@code limit} rows with an object id after {@code afterObjectId}, in object id order. */
    public List<KeptObject> page(String afterObjectId, int limit) throws SQLException {
        return select("WHERE OBJECT_ID > ? ORDER BY OBJECT_ID FETCH FIRST " + limit + " ROWS ONLY", afterObjectId);
    }

    private List<KeptObject> select(String where, Object... params) throws SQLException {
        List<KeptObject> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM KEPT_OBJECT " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(4);
                    Integer academicYear = rs.wasNull() ? null : year;
                    rows.add(new KeptObject(KeptKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                            academicYear, rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return rows;
    }
}
