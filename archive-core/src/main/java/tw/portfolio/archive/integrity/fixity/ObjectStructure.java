package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tw.portfolio.archive.integrity.crypto.Hex;

/**
 * The checks of an object that need no content hashing: every inventory (the root one and each
 * version's copy) against its sidecar digest, and no file in a content directory that the manifest
 * does not list.
 */
final class ObjectStructure {
    private static final Pattern VERSION_DIR = Pattern.compile("v[0-9]+");

    private ObjectStructure() {
    }

    static List<FixityFailure> check(String objectId, Path objectRoot, Inventory inventory, byte[] rootInventory) {
        List<FixityFailure> failures = new ArrayList<>();
        sidecar(objectId, objectRoot, "", inventory, rootInventory).ifPresent(failures::add);
        Set<String> listed = new HashSet<>();
        inventory.manifest().forEach(e -> listed.add(e.contentPath()));
        try (Stream<Path> children = Files.list(objectRoot)) {
            for (Path version : children.filter(Files::isDirectory)
                    .filter(d -> VERSION_DIR.matcher(d.getFileName().toString()).matches()).sorted().toList()) {
                String prefix = version.getFileName() + "/";
                Path copy = version.resolve("inventory.json");
                if (Files.isRegularFile(copy)) {
                    sidecar(objectId, objectRoot, prefix, inventory, Files.readAllBytes(copy)).ifPresent(failures::add);
                }
                unlisted(objectId, objectRoot, version, listed, failures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list object " + objectId, e);
        }
        return failures;
    }

    private static void unlisted(String objectId, Path objectRoot, Path version, Set<String> listed,
            List<FixityFailure> failures) throws IOException {
        Path content = version.resolve("content");
        if (!Files.isDirectory(content)) {
            return;
        }
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = objectRoot.relativize(f).toString().replace(File.separatorChar, '/');
                if (!listed.contains(path)) {
                    failures.add(new FixityFailure(objectId, path, "absent (not in the manifest)",
                            "present, " + Files.size(f) + " bytes", FailureKind.CONTENT_UNLISTED));
                }
            }
        }
    }

    private static Optional<FixityFailure> sidecar(String objectId, Path objectRoot, String prefix, Inventory inventory,
            byte[] json) {
        String sidecarName = prefix + "inventory.json." + inventory.algorithm().ocflName();
        String actual = Hex.encode(inventory.algorithm().newDigest().digest(json));
        String expected;
        try {
            expected = Files.readString(objectRoot.resolve(sidecarName)).strip().split("\\s+", 2)[0]
                    .toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return Optional.of(new FixityFailure(objectId, sidecarName, "present", FixityFailure.MISSING,
                    FailureKind.INVENTORY_SIDECAR_MISMATCH));
        }
        return expected.equals(actual) ? Optional.empty() : Optional.of(new FixityFailure(objectId,
                prefix + "inventory.json", expected, actual, FailureKind.INVENTORY_SIDECAR_MISMATCH));
    }
}
