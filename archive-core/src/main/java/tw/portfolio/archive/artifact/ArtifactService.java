package tw.portfolio.archive.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tw.portfolio.archive.access.PortfolioAccess;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.json.JsonText;
import tw.portfolio.archive.storage.ArtifactStore;
import tw.portfolio.archive.storage.ArtifactStore.StoredObject;
import tw.portfolio.archive.storage.IntentMarkers;

/**
 * Ingest of a student's file, in an order that never acknowledges what a crash could lose and
 * never leaves what it did not acknowledge: the bytes are staged, an intent marker is made durable,
 * the OCFL object is written and forced, then the artifact row and its events commit together and
 * the marker goes. A crash in between leaves a marker, and {@link #reconcile} at the next start
 * removes the object unless its record committed.
 */
@ApplicationScoped
public class ArtifactService {
    private static final Logger LOG = Logger.getLogger(ArtifactService.class.getName());

    @Inject
    ArtifactStore store;
    @Inject
    ArtifactRecorder recorder;
    @Inject
    ArtifactQueries queries;
    @Inject
    UploadPolicy uploadPolicy;
    @Inject
    Clock clock;
    @Inject
    IntentMarkers intents;

    /** What the client sent with the file. */
    public record UploadRequest(String studentId, String clientFilename, String title, String expectedSha256) {
    }

    /** Ingests {@code content}: {@link #checkUpload}, {@link #receive}, then {@link #ingest(Actor, UploadRequest, StagedUpload)}. */
    public Artifact ingest(Actor actor, UploadRequest request, InputStream content) {
        checkUpload(actor, request.studentId());
        String expected = ExpectedDigest.parse(request.expectedSha256());
        return store(actor, request, receive(content), expected);
    }

    /** Refuses an upload the caller may not make, before a byte of the file is read. */
    public void checkUpload(Actor actor, String studentId) {
        PortfolioAccess.requireOwnPortfolio(actor, studentId);
        queries.requireStudent(studentId);
    }

    /**
     * Streams {@code content} into the staging directory, hashing it and checking its type and size
     * on the way; nothing is left there when it is refused. The caller passes the result to
     * {@link #ingest(Actor, UploadRequest, StagedUpload)} or {@link #discard}.
     */
    public StagedUpload receive(InputStream content) {
        return new UploadReceiver(uploadPolicy).receive(content, store.stagingDirectory());
    }

    /**
     * Ingests a file already received (see {@link #receive}) for an upload {@link #checkUpload} allowed
     * (the student's existence is not read again; the caller's right to the portfolio is checked
     * again): the staged file becomes the artifact, or is deleted when it is refused or cannot be stored.
     */
    public Artifact ingest(Actor actor, UploadRequest request, StagedUpload staged) {
        String expected;
        try {
            PortfolioAccess.requireOwnPortfolio(actor, request.studentId());
            expected = ExpectedDigest.parse(request.expectedSha256());
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
        return store(actor, request, staged, expected);
    }

    /** Deletes a received file that will not be ingested. */
    public void discard(StagedUpload staged) {
        if (staged != null) {
            deleteStaged(staged);
        }
    }

    private Artifact store(Actor actor, UploadRequest request, StagedUpload staged, String expected) {
        if (expected != null && !expected.equals(staged.sha256())) {
            deleteStaged(staged);
            throw RuleViolationException.of("digest-mismatch", "The file's SHA-256 is " + staged.sha256()
                    + " but the client said " + expected + "; nothing was stored");
        }
        String id = UUID.randomUUID().toString();
        String objectId = "artifact-" + id;
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String filename = DisplayFilename.clean(request.clientFilename(), staged.mediaType().extension());
        String title = Titles.clean(request.title());
        String logicalName = "content." + staged.mediaType().extension();
        try {
            intents.mark(objectId);
        } catch (RuntimeException e) {
            deleteStaged(staged);
            throw e;
        }
        StoredObject stored;
        try {
            stored = store.store(objectId, staged.file(), staged.sha256(), logicalName,
                    metadata(id, request.studentId(), filename, title, staged, now), "ingest " + id);
        } catch (RuntimeException e) {
            deleteStaged(staged);
            throw e;
        }
        Artifact artifact = new Artifact(id, request.studentId(), filename, title, staged.mediaType(), staged.size(),
                staged.sha256(), objectId, logicalName, stored.contentPath(), now, actor.username(),
                actor.primaryRole());
        Artifact recorded;
        try {
            recorded = recorder.recordArtifact(artifact);
        } catch (RuntimeException e) {
            undoStore(objectId);
            throw e;
        }
        forgetIntent(objectId);
        return recorded;
    }

    /** The record has committed: a marker that cannot be removed now is only work for the start-up check. */
    private void forgetIntent(String objectId) {
        try {
            intents.clear(objectId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove the intent marker of " + objectId
                    + " (recorded); the start-up check will", e);
        }
    }

    /**
     * Removes objects that a crash left without their record: each pending intent marker names one.
     * Run once at start-up, before the first upload.
     */
    public int reconcile() {
        return new IngestRecovery(store, intents, recorder::isRecorded).run();
    }

    private void undoStore(String objectId) {
        try {
            store.purge(objectId);
            intents.clear(objectId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not remove object " + objectId + "; the start-up check will", e);
        }
    }

    private static void deleteStaged(StagedUpload staged) {
        try {
            java.nio.file.Files.deleteIfExists(staged.file());
        } catch (java.io.IOException ignored) {
            // the staging directory is emptied at start-up
        }
    }

    private static byte[] metadata(String id, String studentId, String filename, String title, StagedUpload staged,
            Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("artifactId", id);
        m.put("studentId", studentId);
        m.put("filename", filename);
        m.put("title", title);
        m.put("mediaType", staged.mediaType().mimeType());
        m.put("size", staged.size());
        m.put("sha256", staged.sha256());
        m.put("ingestedAt", now.toString());
        return JsonText.object(m).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parses the optional client digest. */
    static final class ExpectedDigest {
        private ExpectedDigest() {
        }

        static String parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String hex = raw.strip().toLowerCase(Locale.ROOT);
            if (!hex.matches("[0-9a-f]{64}")) {
                throw tw.portfolio.archive.error.InvalidInputException.field("sha256",
                        "must be 64 hexadecimal characters");
            }
            return hex;
        }
    }
}
