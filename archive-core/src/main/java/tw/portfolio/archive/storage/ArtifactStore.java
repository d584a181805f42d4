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

    /**
     * Stores a new object, or a new version of one, holding every file under {@code stagedDir} at its
     * path relative to it; the staged files are moved, not copied. Returns once the object is durable.
     * A new version keeps the files of the one before it and may add files, never replace one.
     *
     * @param stagedDir a directory inside {@link #stagingDirectory()}; it is left empty
     */
    void storeFiles(String objectId, Path stagedDir, String message);

    /** The logical paths of the files in the object's newest version, sorted. */
    java.util.List<String> files(String objectId);

    /** The SHA-256 (lowercase hex) the object's inventory records for a file, or empty when it has no such file. */
    java.util.Optional<String> sha256Of(String objectId, String logicalName);

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
