package tw.portfolio.archive.artifact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One archived file: its metadata in the database, its bytes in one OCFL object. The digest is
 * computed once at ingest and never changes; a fixity audit compares the stored bytes against it.
 */
@Entity
@Table(name = "ARTIFACT")
public class Artifact {
    /** Lifecycle of the stored file as search and access see it. */
    public enum State { ACTIVE, SEALED, DELETED }

    @Id
    @Column(name = "ID", length = 36)
    private String id;
    @Column(name = "STUDENT_ID", length = 36, nullable = false)
    private String studentId;
    @Column(name = "FILENAME", nullable = false)
    private String filename;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "MEDIA_TYPE", nullable = false)
    private String mediaType;
    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;
    @Column(name = "SHA256", length = 64, nullable = false)
    private String sha256;
    @Column(name = "OCFL_OBJECT_ID", nullable = false)
    private String objectId;
    @Column(name = "LOGICAL_NAME", nullable = false)
    private String logicalName;
    @Column(name = "CONTENT_PATH", nullable = false)
    private String contentPath;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private State state;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_BY_ROLE", nullable = false)
    private String createdByRole;
    @Column(name = "KEY_ID", length = 64)
    private String keyId;
    @Column(name = "SIGNED_STATEMENT", length = 4000)
    private String signedStatement;
    @Column(name = "SIGNATURE_VALUE", length = 200)
    private String signatureValue;
    @Column(name = "LEAF_INDEX")
    private Long leafIndex;
    @Column(name = "LOG_ENTRY")
    private Long logEntry;
    @Version
    @Column(name = "VERSION")
    private long version;

    protected Artifact() {
    }

    public Artifact(String id, String studentId, String filename, String title, ArtifactMediaType mediaType,
            long size, String sha256, String objectId, String logicalName, String contentPath, Instant createdAt,
            String createdBy, String createdByRole) {
        this.id = id;
        this.studentId = studentId;
        this.filename = filename;
        this.title = title;
        this.mediaType = mediaType.mimeType();
        this.size = size;
        this.sha256 = sha256;
        this.objectId = objectId;
        this.logicalName = logicalName;
        this.contentPath = contentPath;
        this.state = State.ACTIVE;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByRole = createdByRole;
    }

    /** Records the signed statement of this artifact and the log entry of its ingestion event. */
    public void attachSignature(String keyId, String statementBase64, String signatureBase64, long logEntry) {
        this.keyId = keyId;
        this.signedStatement = statementBase64;
        this.signatureValue = signatureBase64;
        this.logEntry = logEntry;
    }

    public String id() {
        return id;
    }

    public String studentId() {
        return studentId;
    }

    public String filename() {
        return filename;
    }

    public String title() {
        return title;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String objectId() {
        return objectId;
    }

    public String logicalName() {
        return logicalName;
    }

    public String contentPath() {
        return contentPath;
    }

    public State state() {
        return state;
    }

    public void changeState(State newState) {
        this.state = newState;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String createdByRole() {
        return createdByRole;
    }

    public String keyId() {
        return keyId;
    }

    public String signedStatement() {
        return signedStatement;
    }

    public String signatureValue() {
        return signatureValue;
    }

    /** The ingestion leaf index, for artifacts archived before leaves were queued; else null. */
    public Long leafIndex() {
        return leafIndex;
    }

    /** The event log entry of the ingestion event (its leaf index is in the log's entry table). */
    public Long logEntry() {
        return logEntry;
    }
}
