package tw.portfolio.archive.integrity.fixity;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of one object, run start to end on one hashing thread: its inventory read and parsed,
 * the structure checks of {@link ObjectStructure}, then each manifest file re-hashed and compared.
 * Failures come in that order, content failures in manifest order.
 */
final class ObjectCheck {
    private ObjectCheck() {
    }

    /** An object's id (from its inventory, else its path under the storage root) and its failures. */
    record Checked(String id, List<FixityFailure> failures) {
    }

    static List<FixityFailure> run(ObjectRef object, ContentHasher hasher, StoreCounters counters)
            throws InterruptedException {
        if (object.inventory() != null) {
            return checkParsed(object.id(), object.root(), object.inventory(), object.inventoryBytes(), hasher, counters);
        }
        return readAndCheck(object.id(), object.root(), hasher, counters, null).failures();
    }

    /**
     * Checks the object at {@code objectRoot} knowing nothing of it yet: its inventory is read here,
     * and names the object; when it cannot be read the object is named by its path under
     * {@code storageRoot}, as discovery names it.
     */
    static Checked runAt(Path storageRoot, Path objectRoot, ContentHasher hasher, StoreCounters counters)
            throws InterruptedException {
        return readAndCheck(null, objectRoot, hasher, counters, storageRoot);
    }

    /** With {@code knownId} null the inventory names the object, else {@code knownId} does. */
    private static Checked readAndCheck(String knownId, Path objectRoot, ContentHasher hasher, StoreCounters counters,
            Path storageRoot) throws InterruptedException {
        byte[] json;
        Inventory inventory;
        try {
            json = SmallFiles.readAll(new File(objectRoot.toFile(), "inventory.json"));
            inventory = Inventory.parse(json);
        } catch (NoSuchFileException e) {
            return unreadable(knownId, storageRoot, objectRoot, "present", FixityFailure.MISSING);
        } catch (IOException e) {
            return unreadable(knownId, storageRoot, objectRoot, "readable", e.toString());
        } catch (Inventory.UnreadableException e) {
            return unreadable(knownId, storageRoot, objectRoot, "an OCFL inventory", e.getMessage());
        }
        String id = knownId != null ? knownId : inventory.id();
        return new Checked(id, checkParsed(id, objectRoot, inventory, json, hasher, counters));
    }

    private static Checked unreadable(String knownId, Path storageRoot, Path objectRoot, String expected,
            String actual) {
        String objectId = knownId != null ? knownId : storageRoot.relativize(objectRoot).toString();
        List<FixityFailure> failures = new ArrayList<>(1);
        failures.add(new FixityFailure(objectId, "inventory.json", expected, actual, FailureKind.INVENTORY_UNREADABLE));
        return new Checked(objectId, failures);
    }

    private static List<FixityFailure> checkParsed(String objectId, Path objectRoot, Inventory inventory, byte[] json,
            ContentHasher hasher, StoreCounters counters) throws InterruptedException {
        List<FixityFailure> failures = new ArrayList<>(ObjectStructure.check(objectId, objectRoot, inventory, json,
                hasher));
        for (Inventory.Entry entry : inventory.manifest()) {
            FixityFailure failure = content(objectId, objectRoot, entry, inventory, hasher, counters);
            if (failure != null) {
                failures.add(failure);
            }
        }
        return failures;
    }

    /** Re-hashes one manifest file: null when it matches, else the failure naming it. */
    private static FixityFailure content(String objectId, Path objectRoot, Inventory.Entry entry, Inventory inventory,
            ContentHasher hasher, StoreCounters counters) throws InterruptedException {
        String relative = SmallFiles.normalizedWithin(entry.contentPath());
        if (relative == null) {
            return failure(objectId, entry, "outside the object root", FailureKind.CONTENT_MISSING);
        }
        File file = new File(objectRoot.toFile(), relative);
        String actual;
        try {
            actual = hasher.hexDigest(file, inventory.algorithm());
        } catch (NoSuchFileException e) {
            return failure(objectId, entry, FixityFailure.MISSING, FailureKind.CONTENT_MISSING);
        } catch (IOException e) {
            return failure(objectId, entry, "unreadable: " + e.getMessage(), FailureKind.CONTENT_UNREADABLE);
        } finally {
            counters.addFile();
        }
        return actual.equals(entry.digest()) ? null
                : failure(objectId, entry, actual, FailureKind.CONTENT_MISMATCH);
    }

    private static FixityFailure failure(String objectId, Inventory.Entry entry, String actual, FailureKind kind) {
        return new FixityFailure(objectId, entry.contentPath(), entry.digest(), actual, kind);
    }
}
