package tw.portfolio.archive.integrity.fixity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An object to check: its id, its root directory, and, when discovery kept them, its parsed
 * inventory and the exact bytes it was parsed from ({@code null} both, to be read again).
 */
record ObjectRef(String id, Path root, Inventory inventory, byte[] inventoryBytes) {
    /** Requires an id and a root, and the inventory together with its bytes or neither. */
    ObjectRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        if ((inventory == null) != (inventoryBytes == null)) {
            throw new IllegalArgumentException("an inventory is kept with its bytes or not at all");
        }
    }
}
