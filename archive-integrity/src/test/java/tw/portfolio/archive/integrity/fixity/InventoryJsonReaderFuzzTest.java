package tw.portfolio.archive.integrity.fixity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON reader under the inventory check, on its own: any bytes either read as one JSON value
 * (the same value every time) or are a {@link InventoryJsonReader.MalformedException} with a reason,
 * never another exception, a stack overflow or a hang. {@link InventoryFuzzTest} reaches the reader
 * only through inputs that already look like inventories. Seeds and past findings:
 * {@code InventoryJsonReaderFuzzTestInputs/} (a valid inventory, a byte order mark, duplicate keys,
 * nesting past the limit, invalid UTF-8, numbers at the edges, a truncated document).
 */
class InventoryJsonReaderFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void anyBytesReadAsOneValueOrSayWhyNot(byte[] json) {
        Object value;
        try {
            value = InventoryJsonReader.parse(json);
        } catch (InventoryJsonReader.MalformedException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            return;
        }
        assertNotNull(value);
        try {
            assertEquals(String.valueOf(value), String.valueOf(InventoryJsonReader.parse(json)));
        } catch (InventoryJsonReader.MalformedException e) {
            throw new AssertionError("read once, refused the second time: " + e.getMessage(), e);
        }
    }
}
