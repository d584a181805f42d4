package tw.portfolio.archive.storage;

import io.ocfl.api.DigestAlgorithmRegistry;
import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.OcflObjectVersion;
import io.ocfl.api.model.OcflObjectVersionFile;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.HashedNTupleIdEncapsulationLayoutExtension;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleIdEncapsulationLayoutConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tw.portfolio.archive.error.NotFoundException;

/**
 * An OCFL 1.1 storage root on a local file system, written by ocfl-java with sha256 inventories
 * and the hashed-n-tuple-with-id-encapsulation layout (extension 0003), so the root stays
 * readable by any OCFL tool without this software.
 */
public final class OcflArtifactStore implements ArtifactStore, AutoCloseable {
    private final Path root;
    private final Path workDir;
    private final Path stagingDir;
    private final OcflRepository repository;
    private final HashedNTupleIdEncapsulationLayoutExtension layout;

    private OcflArtifactStore(Path root, Path workDir, Path stagingDir) {
        this.root = root;
        this.workDir = workDir;
        this.stagingDir = stagingDir;
        HashedNTupleIdEncapsulationLayoutConfig layoutConfig = new HashedNTupleIdEncapsulationLayoutConfig();
        this.layout = new HashedNTupleIdEncapsulationLayoutExtension();
        this.layout.init(layoutConfig);
        this.repository = new OcflRepositoryBuilder()
                .defaultLayoutConfig(layoutConfig)
                .storage(storage -> storage.fileSystem(root))
                .workDir(workDir)
                .ocflConfig(config -> config.setDefaultDigestAlgorithm(DigestAlgorithmRegistry.sha256))
                .build();
    }

    /**
     * Opens (creating if needed) the store under {@code base}: the OCFL root at {@code base/ocfl},
     * ocfl-java's work directory at {@code base/ocfl-work}, staging at {@code base/staging}.
     * Leftovers of a crash in the work and staging directories are removed: nothing there was
     * ever acknowledged.
     */
    public static OcflArtifactStore open(Path base) {
        try {
            Path root = Files.createDirectories(base.resolve("ocfl"));
            Path work = base.resolve("ocfl-work");
            Path staging = base.resolve("staging");
            FileSync.deleteTree(work);
            FileSync.deleteTree(staging);
            Files.createDirectories(work);
            Files.createDirectories(staging);
            return new OcflArtifactStore(root, work, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the OCFL storage root under " + base, e);
        }
    }

    @Override
    public StoredObject store(String objectId, Path staged, String sha256, String logicalName, byte[] metadataJson,
            String message) {
        try {
            long size = Files.size(staged);
            VersionInfo info = new VersionInfo().setMessage(message).setUser("portfolio-archive", null);
            repository.updateObject(ObjectVersionId.head(objectId), info, updater -> {
                updater.unsafeAddPath(sha256, staged, logicalName, OcflOption.MOVE_SOURCE);
                updater.writeFile(new ByteArrayInputStream(metadataJson), "artifact.json");
            });
            Path objectRoot = root.resolve(layout.mapObjectId(objectId));
            // The content was staged without fsync: this forces it, once, with the rest of the object.
            FileSync.syncObject(objectRoot, root);
            String contentPath = root.relativize(objectRoot).resolve("v1/content").resolve(logicalName).toString();
            return new StoredObject(objectId, contentPath, sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store object " + objectId, e);
        }
    }

    @Override
    public void storeFiles(String objectId, Path stagedDir, String message) {
        try {
            VersionInfo info = new VersionInfo().setMessage(message).setUser("portfolio-archive", null);
            repository.updateObject(ObjectVersionId.head(objectId), info,
                    updater -> updater.addPath(stagedDir, "", OcflOption.MOVE_SOURCE));
            FileSync.syncObject(root.resolve(layout.mapObjectId(objectId)), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store object " + objectId, e);
        }
    }

    @Override
    public List<String> files(String objectId) {
        if (!repository.containsObject(objectId)) {
            throw new NotFoundException("No stored object " + objectId);
        }
        return repository.getObject(ObjectVersionId.head(objectId)).getFiles().stream()
                .map(OcflObjectVersionFile::getPath).sorted().toList();
    }

    @Override
    public Optional<String> sha256Of(String objectId, String logicalName) {
        if (!repository.containsObject(objectId)) {
            return Optional.empty();
        }
        OcflObjectVersion version = repository.getObject(ObjectVersionId.head(objectId));
        if (!version.containsFile(logicalName)) {
            return Optional.empty();
        }
        return Optional.ofNullable(version.getFile(logicalName).getFixity().get(DigestAlgorithmRegistry.sha256));
    }

    @Override
    public InputStream open(String objectId, String logicalName) {
        if (!repository.containsObject(objectId)) {
            throw new NotFoundException("No stored object " + objectId);
        }
        OcflObjectVersion version = repository.getObject(ObjectVersionId.head(objectId));
        if (!version.containsFile(logicalName)) {
            throw new NotFoundException("Object " + objectId + " has no file " + logicalName);
        }
        return version.getFile(logicalName).getStream();
    }

    @Override
    public boolean contains(String objectId) {
        return repository.containsObject(objectId);
    }

    @Override
    public void purge(String objectId) {
        repository.purgeObject(objectId);
    }

    @Override
    public Stream<String> objectIds() {
        return repository.listObjectIds();
    }

    @Override
    public Path stagingDirectory() {
        return stagingDir;
    }

    @Override
    public String describeRoot() {
        return root.toString();
    }

    /** The OCFL storage root. */
    public Path root() {
        return root;
    }

    /** The object's directory relative to the root, as the layout maps it. */
    public String objectPath(String objectId) {
        return layout.mapObjectId(objectId);
    }

    Path workDirectory() {
        return workDir;
    }

    @Override
    public void close() {
        repository.close();
    }
}
