package tw.portfolio.archive.retention.deletion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.destruction.DestructionStatement;

/**
 * DESTRUCTION_CERTIFICATE and DESTRUCTION_STATEMENT_PART (V18) on a connection the caller owns. The
 * statement's bytes are kept as base64 in numbered parts of {@value #PART} characters, so a
 * certificate of any length fits portable VARCHAR columns and reads back byte for byte.
 */
public final class CertificateTable {
    static final int PART = 8000;

    private final Connection c;

    public CertificateTable(Connection connection) {
        this.c = connection;
    }

    /** Keeps a signed statement whose event is log entry {@code logEntryId}. */
    public void insert(DestructionStatement statement, byte[] bytes, SignatureValue signature, long logEntryId) {
        String sql = "INSERT INTO DESTRUCTION_CERTIFICATE (ID, REQUEST_ID, SUBJECT, COMPLETED_AT, STATEMENT_SHA256, "
                + "KEY_ID, ALGORITHM, SIGNATURE_VALUE, LOG_ENTRY_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, statement.certificateId());
            ps.setString(2, statement.requestId());
            ps.setString(3, statement.subject());
            ps.setTimestamp(4, Timestamp.from(statement.completedAt()));
            ps.setString(5, Sha256.hexOf(bytes));
            ps.setString(6, signature.keyId());
            ps.setString(7, signature.algorithm());
            ps.setString(8, signature.valueBase64());
            ps.setLong(9, logEntryId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("keep the destruction certificate", e);
        }
        String text = Base64.getEncoder().encodeToString(bytes);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO DESTRUCTION_STATEMENT_PART (CERTIFICATE_ID, PART, BASE64) VALUES (?, ?, ?)")) {
            for (int part = 0; part * PART < text.length(); part++) {
                ps.setString(1, statement.certificateId());
                ps.setInt(2, part);
                ps.setString(3, text.substring(part * PART, Math.min(text.length(), (part + 1) * PART)));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failed("keep the destruction statement", e);
        }
    }

    /** Records the leaf index and the covering checkpoint. */
    public void anchor(String id, long leafIndex, String checkpoint) {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE DESTRUCTION_CERTIFICATE SET LEAF_INDEX = ?, CHECKPOINT = ? WHERE ID = ?")) {
            ps.setLong(1, leafIndex);
            ps.setString(2, checkpoint);
            ps.setString(3, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed("anchor the destruction certificate", e);
        }
    }

    /** The certificate, with its statement bytes checked against the digest kept beside them. */
    public Optional<StoredCertificate> find(String id) {
        String sql = "SELECT REQUEST_ID, STATEMENT_SHA256, KEY_ID, ALGORITHM, SIGNATURE_VALUE, LOG_ENTRY_ID, LEAF_INDEX, "
                + "CHECKPOINT FROM DESTRUCTION_CERTIFICATE WHERE ID = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] bytes = statementBytes(id);
                if (!Sha256.hexOf(bytes).equals(rs.getString(2))) {
                    throw new IntegrityViolationException("destruction certificate " + id
                            + ": the kept statement does not have the SHA-256 recorded with it");
                }
                long leaf = rs.getLong(7);
                OptionalLong leafIndex = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(leaf);
                return Optional.of(new StoredCertificate(id, rs.getString(1), bytes, SignatureValue.of(rs.getString(3),
                        rs.getString(4), Base64.getDecoder().decode(rs.getString(5))), rs.getLong(6), leafIndex,
                        rs.getString(8)));
            }
        } catch (SQLException e) {
            throw failed("read the destruction certificate", e);
        }
    }

    /** Ids of certificates whose leaf index or checkpoint is not recorded yet. */
    public List<String> unanchored() {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID FROM DESTRUCTION_CERTIFICATE WHERE LEAF_INDEX IS NULL OR CHECKPOINT IS NULL");
                ResultSet rs = ps.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw failed("list unanchored certificates", e);
        }
    }

    private byte[] statementBytes(String id) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT BASE64 FROM DESTRUCTION_STATEMENT_PART WHERE CERTIFICATE_ID = ? ORDER BY PART")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString(1));
                }
            }
        }
        return Base64.getDecoder().decode(text.toString());
    }

    private static IntegrityViolationException failed(String what, SQLException e) {
        return new IntegrityViolationException("Could not " + what + ": " + e.getMessage(), e);
    }
}
