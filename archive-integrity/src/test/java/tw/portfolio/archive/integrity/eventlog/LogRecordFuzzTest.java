package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;

/**
 * The other JSON a client or auditor hands in about the event log: event records (leaf data),
 * consistency proofs and artifact statements. Each either parses or throws
 * {@link InvalidInputException}. The first byte picks the parser (its value mod 3: record, proof, statement); the rest is its input. Seeds and
 * past findings: {@code LogRecordFuzzTestInputs/}.
 */
class LogRecordFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void recordsProofsAndStatementsParseOrAreInvalidInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int parser = Byte.toUnsignedInt(data[0]) % 3;
        byte[] input = Arrays.copyOfRange(data, 1, data.length);
        try {
            switch (parser) {
                case 0 -> EventRecord.parse(input);
                case 1 -> ConsistencyProof.parse(input);
                default -> ArtifactStatement.parse(input);
            }
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
