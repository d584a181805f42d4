package tw.portfolio.archive.retention.deletion;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.retention.erasure.ErasurePreview;

/**
 * DELETION_REQUEST and DELETION_APPROVAL (V18) on a connection the caller owns: inside a container
 * transaction the persistence context's, in tests a plain one.
 */
public final class DeletionRequestTable {
    private static final String COLUMNS = "ID, STUDENT_ID, BASIS, STATE, REQUESTED_BY, REQUESTED_ROLE, REQUESTED_AT, "
            + "PREVIEW_ARTIFACTS, PREVIEW_BYTES, PREVIEW_RECORDS, REJECTION_REASON, CERTIFICATE_ID, ERROR, UPDATED_AT";

    private final Connection c;

    public DeletionRequestTable(Connection connection) {
        this.c = connection;
    }

    /** A student who is due for disposition: sealed on {@code sealedOn}. */
    public record DueStudent(String studentId, LocalDate sealedOn) {
    }

    /** Inserts a new request; false when the student already has an open one (the unique constraint said so). */
    public boolean insert(DeletionRequest r) {
        String sql = "INSERT INTO DELETION_REQUEST (" + COLUMNS + ", OPEN_STUDENT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.id());
            ps.setString(2, r.studentId());
            ps.setString(3, r.basis().name());
            ps.setString(4, r.state().name());
            ps.setString(5, r.requestedBy());
            ps.setString(6, r.requestedRole());
            ps.setTimestamp(7, Timestamp.from(r.requestedAt()));
            ps.setInt(8, r.preview().artifacts());
            ps.setLong(9, r.preview().bytes());
            ps.setInt(10, r.preview().records());
            ps.setString(11, r.rejectionReason());
            ps.setString(12, r.certificateId());
            ps.setString(13, r.error());
            ps.setTimestamp(14, Timestamp.from(r.updatedAt()));
            ps.setString(15, r.studentId());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw failed("record the deletion request", e);
        }
    }

    /** The request with its decisions. */
    public Optional<DeletionRequest> find(String id) {
        List<DeletionRequest> found = query("SELECT " + COLUMNS + " FROM DELETION_REQUEST WHERE ID = ?", id);
        return found.stream().findFirst().map(r -> r.withApprovals(approvals(r.id())));
    }

    /**
     * Takes the request row's write lock for the rest of the transaction (a no-op update), so two
     * approvals of one request are decided one after the other; false when there is no such request.
     */
    public boolean lock(String id) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DELETION_REQUEST SET STATE = STATE WHERE ID = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("lock the deletion request", e);
        }
    }

    /** The student's open request, if any. */
    public Optional<DeletionRequest> openOf(String studentId) {
        return query("SELECT " + COLUMNS + " FROM DELETION_REQUEST WHERE OPEN_STUDENT_ID = ?", studentId).stream()
                .findFirst();
    }

    /** Every request about the student, newest first (IX_DELETION_REQUEST_STUDENT). */
    public List<DeletionRequest> ofStudent(String studentId) {
        return query("SELECT " + COLUMNS + " FROM DELETION_REQUEST WHERE STUDENT_ID = ? ORDER BY REQUESTED_AT DESC",
                studentId);
    }

    /** A page of requests, newest first, of one state or of all when {@code state} is null. */
    public List<DeletionRequest> page(DeletionState state, PageRequest page) {
        String where = state == null ? "" : " WHERE STATE = ?";
        String sql = "SELECT " + COLUMNS + " FROM DELETION_REQUEST" + where
                + " ORDER BY REQUESTED_AT DESC, ID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<Object> args = new ArrayList<>();
        if (state != null) {
            args.add(state.name());
        }
        args.add(page.page() * page.size());
        args.add(page.size());
        return query(sql, args.toArray()).stream().map(r -> r.withApprovals(approvals(r.id()))).toList();
    }

    /** How many requests of that state (all when null). */
    public long count(DeletionState state) {
        String sql = "SELECT COUNT(*) FROM DELETION_REQUEST" + (state == null ? "" : " WHERE STATE = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (state != null) {
                ps.setString(1, state.name());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("count deletion requests", e);
        }
    }

    /** Ids of requests in {@code state}, oldest first. */
    public List<String> idsIn(DeletionState state) {
        return query("SELECT " + COLUMNS + " FROM DELETION_REQUEST WHERE STATE = ? ORDER BY REQUESTED_AT", state.name())
                .stream().map(DeletionRequest::id).toList();
    }

    /** Records one decision; false when this account already decided on this request. */
    public boolean addApproval(String requestId, DeletionApproval a) {
        String sql = "INSERT INTO DELETION_APPROVAL (REQUEST_ID, ACCOUNT, ROLE, DECISION, REASON, DECIDED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, requestId);
            ps.setString(2, a.account());
            ps.setString(3, a.role());
            ps.setString(4, a.decision().name());
            ps.setString(5, a.reason());
            ps.setTimestamp(6, Timestamp.from(a.decidedAt()));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw failed("record the decision", e);
        }
    }

    /** Moves the request to {@code state}; a finished request (COMPLETED, REJECTED) no longer holds the student's open slot. */
    public void moveTo(String id, DeletionState state, Instant at, String rejectionReason, String certificateId,
            String error) {
        String sql = "UPDATE DELETION_REQUEST SET STATE = ?, OPEN_STUDENT_ID = " + (state.open() ? "STUDENT_ID" : "NULL")
                + ", REJECTION_REASON = COALESCE(?, REJECTION_REASON), CERTIFICATE_ID = COALESCE(?, CERTIFICATE_ID), "
                + "ERROR = ?, UPDATED_AT = ? WHERE ID = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, state.name());
            ps.setString(2, rejectionReason);
            ps.setString(3, certificateId);
            ps.setString(4, error);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setString(6, id);
            if (ps.executeUpdate() != 1) {
                throw new IntegrityViolationException("deletion request " + id + " vanished while it was updated");
            }
        } catch (SQLException e) {
            throw failed("update the deletion request", e);
        }
    }

    /** Students sealed on or before {@code sealedBy} (so due for disposition), oldest seal first. */
    public List<DueStudent> sealedBy(LocalDate sealedBy, PageRequest page) {
        String sql = "SELECT ID, SEALED_ON FROM STUDENT WHERE SEALED_ON IS NOT NULL AND SEALED_ON <= ? "
                + "ORDER BY SEALED_ON, ID OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(sealedBy));
            ps.setInt(2, page.page() * page.size());
            ps.setInt(3, page.size());
            List<DueStudent> due = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(new DueStudent(rs.getString(1), rs.getDate(2).toLocalDate()));
                }
            }
            return due;
        } catch (SQLException e) {
            throw failed("list students due for disposition", e);
        }
    }

    /** How many students are sealed on or before {@code sealedBy}. */
    public long countSealedBy(LocalDate sealedBy) {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM STUDENT WHERE SEALED_ON IS NOT NULL AND SEALED_ON <= ?")) {
            ps.setDate(1, Date.valueOf(sealedBy));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("count students due for disposition", e);
        }
    }

    private List<DeletionApproval> approvals(String requestId) {
        String sql = "SELECT ACCOUNT, ROLE, DECISION, REASON, DECIDED_AT FROM DELETION_APPROVAL WHERE REQUEST_ID = ? "
                + "ORDER BY DECIDED_AT, ACCOUNT";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, requestId);
            List<DeletionApproval> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new DeletionApproval(rs.getString(1), rs.getString(2), Decision.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failed("read the decisions", e);
        }
    }

    private List<DeletionRequest> query(String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<DeletionRequest> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new DeletionRequest(rs.getString(1), rs.getString(2), DeletionBasis.valueOf(rs.getString(3)),
                            DeletionState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant(), new ErasurePreview(rs.getInt(8), rs.getLong(9), rs.getInt(10)),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getTimestamp(14).toInstant(),
                            List.of()));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failed("read deletion requests", e);
        }
    }

    private static IntegrityViolationException failed(String what, SQLException e) {
        return new IntegrityViolationException("Could not " + what + ": " + e.getMessage(), e);
    }

    /** Keeps the SHA-256 of the request's certificate claim code. */
    void keepClaim(String requestId, String sha256) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DELETION_REQUEST SET CLAIM_SHA256 = ? WHERE ID = ?")) {
            ps.setString(1, sha256);
            ps.setString(2, requestId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("keep the certificate claim", e);
        }
    }

    /** The SHA-256 of the request's claim code, empty when it has none or there is no such request. */
    Optional<String> claimOf(String requestId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT CLAIM_SHA256 FROM DELETION_REQUEST WHERE ID = ?")) {
            ps.setString(1, requestId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read the certificate claim", e);
        }
    }
}
