package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Signed checkpoint notes, as a replica, an auditor or a client hands them in: reading one either
 * gives a checkpoint or throws {@link InvalidInputException}; verifying one answers valid or a
 * reason, never an exception. Seeds and past findings: {@code CheckpointFuzzTestInputs/}.
 */
class CheckpointFuzzTest {
    /** The key the seed notes are signed with (seed of 32 zero bytes), so mutations reach the signature check. */
    static final SigningKey KEY = SigningKey.ofSeed(new byte[32]);

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aNoteIsACheckpointOrInvalidInputAndVerifiesOrSaysWhyNot(byte[] input) {
        String note = new String(input, StandardCharsets.UTF_8);
        VerificationResult result = Checkpoints.verify(note, KEY.publicKey());
        assertTrue(result.valid() || !result.reason().isBlank(), "a failed verification says why");
        try {
            Checkpoint c = Checkpoints.parse(note);
            assertFalse(c.treeSize() < 0, "a tree size is never negative");
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
