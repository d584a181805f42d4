package tw.portfolio.archive.artifact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A committed note that an object is about to be written to storage, as versions before
 * {@link tw.portfolio.archive.storage.IntentMarkers} kept it (one database transaction per upload).
 * Nothing writes these rows any more; one left behind by such a version's crash names an object that
 * was never acknowledged, which the start-up check still resolves.
 */
@Entity
@Table(name = "INGEST_INTENT")
public class IngestIntent {
    @Id
    @Column(name = "OBJECT_ID", length = 100)
    private String objectId;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    protected IngestIntent() {
    }

    public IngestIntent(String objectId, Instant createdAt) {
        this.objectId = objectId;
        this.createdAt = createdAt;
    }

    public String objectId() {
        return objectId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
