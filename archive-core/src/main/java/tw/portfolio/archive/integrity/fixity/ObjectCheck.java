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

    static List<FixityFailure> run(ObjectRef object, ContentHasher hasher, StoreCounters counters)
            throws InterruptedException {
        String objectId = object.id();
        Path objectRoot = object.root();
        List<FixityFailure> failures = new ArrayList<>();
        Inventory inventory = object.inventory();
        byte[] json = object.inventoryBytes();
        if (inventory == null) {
            try {
                json = SmallFiles.readAll(new File(objectRoot.toFile(), "inventory.json"));
                inventory = Inventory.parse(json);
            } catch (NoSuchFileException e) {
                failures.add(new FixityFailure(objectId, "inventory.json", "present", FixityFailure.MISSING,
                        FailureKind.INVENTORY_UNREADABLE));
                return failures;
            } catch (IOException e) {
                failures.add(new FixityFailure(objectId, "inventory.json", "readable", e.toString(),
                        FailureKind.INVENTORY_UNREADABLE));
                return failures;
            } catch (Inventory.UnreadableException e) {
                failures.add(new FixityFailure(objectId, "inventory.json", "an OCFL inventory", e.getMessage(),
                        FailureKind.INVENTORY_UNREADABLE));
                return failures;
            }
        }
        failures.addAll(ObjectStructure.check(objectId, objectRoot, inventory, json, hasher));
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
