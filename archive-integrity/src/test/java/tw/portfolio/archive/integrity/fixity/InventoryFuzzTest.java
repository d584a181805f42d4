package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * OCFL {@code inventory.json} files as the fixity check finds them on disk, possibly damaged or
 * planted: each either reads as an inventory or is an {@link Inventory.UnreadableException} saying
 * why, never another exception (the check reports it as a failure and goes on). Seeds and past
 * findings: {@code InventoryFuzzTestInputs/}.
 */
class InventoryFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void anInventoryReadsOrSaysWhyItIsUnreadable(byte[] json) {
        try {
            Inventory inventory = Inventory.parse(json);
            assertNotNull(inventory.id());
            inventory.manifest().forEach(e -> assertNotNull(e.contentPath()));
        } catch (Inventory.UnreadableException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
