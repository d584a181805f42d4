package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.NamedCheck;

/**
 * Evidence bundles as an auditor uploads them to be checked: reading one either gives a bundle or
 * throws {@link InvalidInputException}, and verifying a bundle that was read answers named checks,
 * never an exception. Seeds and past findings: {@code EvidenceBundleFuzzTestInputs/}.
 */
class EvidenceBundleFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aBundleIsReadAndVerifiedOrIsInvalidInput(byte[] json) {
        EvidenceBundle bundle;
        try {
            bundle = EvidenceBundle.parse(json);
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        List<NamedCheck> checks = EvidenceVerifier.verify(bundle, List.of(CheckpointFuzzTest.KEY.publicKey()),
                Optional.empty());
        for (NamedCheck c : checks) {
            assertNotNull(c.result());
            assertFalse(!c.result().valid() && c.result().reason().isBlank(), "a failed check says why");
        }
    }
}
