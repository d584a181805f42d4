package tw.portfolio.archive.integrity.fixity;

import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes real OCFL repositories with ocfl-java (sha256 digests) for fixity tests. */
public final class OcflFixtures {
    private OcflFixtures() {
    }

    /**
     * A data directory {@code dataDir} with an OCFL root in {@code dataDir/ocfl} holding
     * {@code objects} objects {@code art-0 .. art-(n-1)}, each with two files.
     */
    public static Path repository(Path dataDir, int objects) throws IOException {
        return repository(dataDir, objects, io.ocfl.api.DigestAlgorithmRegistry.sha256);
    }

    /** The same with inventories in another digest algorithm (for example sha512, the OCFL default). */
    public static Path repository(Path dataDir, int objects, io.ocfl.api.model.DigestAlgorithm algorithm)
            throws IOException {
        Path root = dataDir.resolve("ocfl");
        Path work = Files.createDirectories(dataDir.resolve("work"));
        Files.createDirectories(root);
        OcflRepository repo = new OcflRepositoryBuilder()
                .defaultLayoutConfig(new HashedNTupleLayoutConfig())
                .storage(storage -> storage.fileSystem(root))
                .workDir(work)
                .ocflConfig(config -> config.setDefaultDigestAlgorithm(algorithm))
                .build();
        try {
            for (int i = 0; i < objects; i++) {
                Path source = Files.createDirectories(dataDir.resolve("source/art-" + i));
                Files.writeString(source.resolve("outcome.pdf"), "%PDF-1.7 outcome " + i + "\n".repeat(i + 1),
                        StandardCharsets.UTF_8);
                Files.writeString(source.resolve("description.txt"), "簡述 " + i, StandardCharsets.UTF_8);
                repo.putObject(ObjectVersionId.head("art-" + i), source, new VersionInfo().setMessage("ingest"));
            }
        } finally {
            repo.close();
        }
        return root;
    }

    /** The object root directory of {@code objectId}. */
    public static Path objectRoot(Path storageRoot, String objectId) {
        return OcflLayout.objectRoots(storageRoot).stream()
                .filter(dir -> objectId.equals(idOf(dir)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no object " + objectId));
    }

    private static String idOf(Path objectRoot) {
        try {
            return Inventory.parse(Files.readAllBytes(objectRoot.resolve("inventory.json"))).id();
        } catch (IOException | Inventory.UnreadableException e) {
            return null;
        }
    }
}
