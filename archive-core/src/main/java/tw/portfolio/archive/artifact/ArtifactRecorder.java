package tw.portfolio.archive.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;

/** The transactional step of ingest (the record after storage), and the legacy intent rows. */
@ApplicationScoped
public class ArtifactRecorder {
    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    ArchiveEvents events;
    @Inject
    SchoolKeyRing keyRing;

    /** Records the artifact with its ingest and digest events, atomically. */
    @Transactional
    public Artifact recordArtifact(Artifact artifact) {
        // The student row's write lock, held to commit: an erasure deletes the row under the same lock
        // and then lists the student's artifacts, so it either sees this one or this one sees no student.
        if (em.find(tw.portfolio.archive.student.Student.class, artifact.studentId(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new tw.portfolio.archive.error.NotFoundException("No student " + artifact.studentId()
                    + " (erased or never registered); the upload was not recorded");
        }
        String keyId = keyRing.activeKey().keyId();
        ArtifactStatement statement = new ArtifactStatement(artifact.id(), artifact.studentId(), artifact.sha256(),
                artifact.size(), artifact.mediaType(), artifact.createdAt(), artifact.createdByRole(), keyId);
        byte[] statementBytes = statement.toBytes();
        ArtifactSignature signature = ArtifactSignature.of(statementBytes, keyRing.sign(statementBytes));
        Map<String, String> detail = Map.of("sha256", artifact.sha256(), "size", Long.toString(artifact.size()),
                "mediaType", artifact.mediaType(), "objectId", artifact.objectId(), "keyId", keyId);
        events.record(ArchiveEvent.success(ArchiveEventType.MESSAGE_DIGEST_CALCULATION, artifact.id(),
                artifact.studentId(), artifact.createdByRole(), artifact.createdAt(),
                Map.of("algorithm", "SHA-256", "sha256", artifact.sha256())));
        long entry = events.record(ArchiveEvent.success(ArchiveEventType.INGESTION, artifact.id(), artifact.studentId(),
                artifact.createdByRole(), artifact.createdAt(), detail));
        artifact.attachSignature(keyId, signature.statement(), signature.value(), entry);
        em.persist(artifact);
        return artifact;
    }

    /** True when an artifact row refers to {@code objectId}. */
    @Transactional
    public boolean isRecorded(String objectId) {
        return !em.createQuery("select a.id from Artifact a where a.objectId = :o", String.class)
                .setParameter("o", objectId).setMaxResults(1).getResultList().isEmpty();
    }
}
