package tw.portfolio.archive.web.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptIdsTest {
    @Test
    void idsMadeInTheSameMillisecondStillSortInIssueOrderAsText() {
        String previous = ReceiptIds.next();
        for (int i = 0; i < 20_000; i++) {
            String id = ReceiptIds.next();
            assertTrue(id.compareTo(previous) > 0, id + " after " + previous);
            previous = id;
        }
    }

    @Test
    void idsAreVersion7UuidsCarryingTheTimeTheyWereMade() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(ReceiptIds.next());
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertTrue((id.getMostSignificantBits() >>> 16) >= before);
    }
}
