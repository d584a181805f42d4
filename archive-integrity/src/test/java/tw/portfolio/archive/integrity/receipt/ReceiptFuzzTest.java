package tw.portfolio.archive.integrity.receipt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.SigningKey;

/**
 * A receipt statement and PDF (the input split at its first NUL byte) as a leaver hands them to {@code archive-cli verify receipt}: either
 * the statement is refused as {@link InvalidInputException} or every check answers, a failed one
 * saying why; never another exception, whatever the PDF's last line holds.
 */
class ReceiptFuzzTest {
    /** A fixed key, so the seeds in {@code ReceiptFuzzTestInputs/} carry valid signatures. */
    static final SigningKey KEY = SigningKey.ofSeed(new byte[32]);

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aReceiptIsCheckedOrItsStatementIsInvalidInput(byte[] input) {
        int split = 0;
        while (split < input.length && input[split] != 0) {
            split++;
        }
        byte[] statement = Arrays.copyOfRange(input, 0, split);
        byte[] pdf = Arrays.copyOfRange(input, Math.min(split + 1, input.length), input.length);
        List<NamedCheck> checks;
        try {
            checks = ReceiptVerifier.verify(pdf, statement, List.of(KEY.publicKey()));
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        for (NamedCheck c : checks) {
            assertNotNull(c.result());
            assertFalse(!c.result().valid() && c.result().reason().isBlank(), "a failed check says why");
        }
    }
}
