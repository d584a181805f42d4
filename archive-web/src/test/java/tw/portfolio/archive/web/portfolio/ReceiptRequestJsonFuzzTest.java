package tw.portfolio.archive.web.portfolio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.IntegrityViolationException;

/**
 * A kept receipt's {@code request.json}, damaged or planted in the data directory: reading it back
 * either gives the receipt with its statement rebuilt or is an {@link IntegrityViolationException}
 * naming the receipt (a 500 that says the archive's own record is damaged), never another
 * exception. Seeds and past findings: {@code ReceiptRequestJsonFuzzTestInputs/}.
 */
class ReceiptRequestJsonFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aKeptRequestIsAReceiptOrAnIntegrityViolation(byte[] json) {
        try {
            IssuedReceipt r = ReceiptRequestJson.read("r-1", json);
            assertNotNull(r.signed().json());
        } catch (IntegrityViolationException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
