package tw.portfolio.archive.web.fixity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The tables of migration {@code V6__fixity.sql} through plain JDBC on the caller's connection
 * (which joins the caller's transaction); it neither commits nor closes it.
 */
final class AuditRunTable {
    private static final String COLUMNS = "ID, KIND, STATE, PHASE, CREATED_AT, STARTED_AT, FINISHED_AT, "
            + "OBJECTS_CHECKED, OBJECTS_TOTAL, FILES_CHECKED, BYTES_CHECKED, FAILURE_COUNT, CURSOR_ID, STARTED_BY, NOTE";
    private static final String FAILURE_COLUMNS = "ARTIFACT_ID, OBJECT_ID, FILE_PATH, EXPECTED, ACTUAL, KIND, "
            + "DETECTED_AT, LAST_GOOD_AT";

    private final Connection c;

    AuditRunTable(Connection c) {
        this.c = c;
    }

    void insert(AuditRun r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO FIXITY_AUDIT (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.kind().name());
            ps.setString(3, r.state().name());
            ps.setString(4, r.phase().name());
            ps.setTimestamp(5, ts(r.createdAt()));
            ps.setTimestamp(6, ts(r.startedAt()));
            ps.setTimestamp(7, ts(r.finishedAt()));
            ps.setLong(8, r.objectsChecked());
            ps.setLong(9, r.objectsTotal());
            ps.setLong(10, r.filesChecked());
            ps.setLong(11, r.bytesChecked());
            ps.setInt(12, r.failureCount());
            ps.setString(13, r.cursor());
            ps.setString(14, r.startedBy());
            ps.setString(15, r.note());
            ps.executeUpdate();
        }
    }

    /** Writes state, phase, counters, cursor, start/finish times and note (the failure count is kept). */
    void update(AuditRun r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE FIXITY_AUDIT SET STATE = ?, PHASE = ?, STARTED_AT = ?, "
                + "FINISHED_AT = ?, OBJECTS_CHECKED = ?, OBJECTS_TOTAL = ?, FILES_CHECKED = ?, BYTES_CHECKED = ?, "
                + "CURSOR_ID = ?, NOTE = ? WHERE ID = ?")) {
            ps.setString(1, r.state().name());
            ps.setString(2, r.phase().name());
            ps.setTimestamp(3, ts(r.startedAt()));
            ps.setTimestamp(4, ts(r.finishedAt()));
            ps.setLong(5, r.objectsChecked());
            ps.setLong(6, r.objectsTotal());
            ps.setLong(7, r.filesChecked());
            ps.setLong(8, r.bytesChecked());
            ps.setString(9, r.cursor());
            ps.setString(10, r.note());
            ps.setString(11, r.id());
            ps.executeUpdate();
        }
    }

    Optional<AuditRun> find(String id) throws SQLException {
        List<AuditRun> runs = runs("SELECT " + COLUMNS + " FROM FIXITY_AUDIT WHERE ID = ?", id);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /** Newest first. */
    List<AuditRun> page(int page, int size) throws SQLException {
        return runs("SELECT " + COLUMNS + " FROM FIXITY_AUDIT ORDER BY CREATED_AT DESC, ID OFFSET "
                + ((long) page * size) + " ROWS FETCH NEXT " + size + " ROWS ONLY");
    }

    long count() throws SQLException {
        return single("SELECT COUNT(*) FROM FIXITY_AUDIT");
    }

    /** Runs in any of {@code states}, newest first. */
    List<AuditRun> inStates(AuditState... states) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (AuditState s : states) {
            in.append(in.length() == 0 ? "'" : ", '").append(s.name()).append('\'');
        }
        return runs("SELECT " + COLUMNS + " FROM FIXITY_AUDIT WHERE STATE IN (" + in + ") ORDER BY CREATED_AT DESC");
    }

    /** When the newest run that reached DONE (of any kind) started. */
    Optional<Instant> lastDoneStart() throws SQLException {
        return instant("SELECT MAX(STARTED_AT) FROM FIXITY_AUDIT WHERE STATE = 'DONE'");
    }

    void insertFailures(String auditId, List<AuditFailure> failures) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO FIXITY_FAILURE (AUDIT_ID, " + FAILURE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditFailure f : failures) {
                ps.setString(1, auditId);
                ps.setString(2, f.artifactId());
                ps.setString(3, f.objectId());
                ps.setString(4, cut(f.path(), 500));
                ps.setString(5, cut(f.expected(), 500));
                ps.setString(6, cut(f.actual(), 1000));
                ps.setString(7, f.kind());
                ps.setTimestamp(8, ts(f.detectedAt()));
                ps.setTimestamp(9, ts(f.lastGoodAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE FIXITY_AUDIT SET FAILURE_COUNT = FAILURE_COUNT + ? WHERE ID = ?")) {
            ps.setInt(1, failures.size());
            ps.setString(2, auditId);
            ps.executeUpdate();
        }
    }

    /** A run's failures in the order found, at most {@code limit}. */
    List<AuditFailure> failures(String auditId, int limit) throws SQLException {
        return failureRows("SELECT " + FAILURE_COLUMNS + " FROM FIXITY_FAILURE WHERE AUDIT_ID = ? ORDER BY ID "
                + "FETCH FIRST " + limit + " ROWS ONLY", auditId, null);
    }

    /**
     * Failures that still stand: those detected after the newest run that passed started (a pass
     * that started before a failure was found does not clear it).
     */
    Standing standing() throws SQLException {
        Instant since = instant("SELECT MAX(STARTED_AT) FROM FIXITY_AUDIT WHERE STATE = 'DONE' AND FAILURE_COUNT = 0")
                .orElse(Instant.EPOCH);
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM FIXITY_FAILURE WHERE DETECTED_AT > ?")) {
            ps.setTimestamp(1, ts(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        if (count == 0) {
            return Standing.NONE;
        }
        List<AuditFailure> first = failureRows("SELECT " + FAILURE_COLUMNS + " FROM FIXITY_FAILURE "
                + "WHERE DETECTED_AT > ? ORDER BY ID FETCH FIRST 1 ROWS ONLY", null, since);
        return new Standing(count, first.isEmpty() ? null : first.get(0));
    }

    /** Records that each object passed at {@code at}. */
    void markGood(Collection<String> objectIds, Instant at) throws SQLException {
        if (objectIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE FIXITY_LAST_GOOD SET LAST_GOOD_AT = ? WHERE OBJECT_ID = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO FIXITY_LAST_GOOD (OBJECT_ID, LAST_GOOD_AT) VALUES (?, ?)")) {
            for (String id : objectIds) {
                update.setTimestamp(1, ts(at));
                update.setString(2, id);
                if (update.executeUpdate() == 0) {
                    insert.setString(1, id);
                    insert.setTimestamp(2, ts(at));
                    insert.executeUpdate();
                }
            }
        }
    }

    Optional<Instant> lastGood(String objectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_GOOD_AT FROM FIXITY_LAST_GOOD WHERE OBJECT_ID = ?")) {
            ps.setString(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    private List<AuditRun> runs(String sql, String... params) throws SQLException {
        List<AuditRun> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRun(rs.getString(1), AuditKind.valueOf(rs.getString(2)),
                            AuditState.valueOf(rs.getString(3)), AuditPhase.valueOf(rs.getString(4)), instant(rs, 5),
                            instant(rs, 6), instant(rs, 7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11), rs.getInt(12), rs.getString(13), rs.getString(14), rs.getString(15)));
                }
            }
        }
        return out;
    }

    private List<AuditFailure> failureRows(String sql, String auditId, Instant since) throws SQLException {
        List<AuditFailure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (auditId != null) {
                ps.setString(1, auditId);
            } else {
                ps.setTimestamp(1, ts(since));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditFailure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8)));
                }
            }
        }
        return out;
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Optional<Instant> instant(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(instant(rs, 1)) : Optional.empty();
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The failures that stand now: how many and the first. */
    record Standing(long count, AuditFailure first) {
        static final Standing NONE = new Standing(0, null);
    }
}
