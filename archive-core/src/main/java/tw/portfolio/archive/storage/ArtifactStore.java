package tw.portfolio.archive.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where artifact bytes live. The archive's implementation is an OCFL storage root
 * ({@link OcflArtifactStore}); a second backend (S3-compatible storage) would implement the same
 * port. {@link #store} returns only when the object is durable on the medium.
 */
public interface ArtifactStore {

    /**
     * Stores a new object holding one content file and a metadata file, moving the staged file in.
     *
     * @param objectId the storage object id
     * @param staged a staged file inside {@link #stagingDirectory()}; it is moved, not copied
     * @param sha256 the file's digest, computed once while it was received
     * @param logicalName the content file's name inside the object (never a client-supplied name)
     * @param metadataJson a JSON description stored beside the content, so the object explains itself
     * @param message the version message
     */
    StoredObject store(String objectId, Path staged, String sha256, String logicalName, byte[] metadataJson,
            String message);

    /** Opens a stored content file for reading. */
    InputStream open(String objectId, String logicalName);

    boolean contains(String objectId);

    /** Removes an object entirely (only for objects never acknowledged, or lawful destruction). */
    void purge(String objectId);

    /** Every object id in the store. The caller closes the stream. */
    Stream<String> objectIds();

    /** A directory on the same file system as the store, for staging uploads. */
    Path stagingDirectory();

    /** The OCFL storage root (or a description of the remote root). */
    String describeRoot();

    /** Where an object's file sits, for reports: object id, content path relative to the root. */
    record StoredObject(String objectId, String contentPath, String sha256, long size) {
    }
}
