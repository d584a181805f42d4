package tw.portfolio.archive.retention.deletion;

import java.util.OptionalLong;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.destruction.DestructionStatement;

/**
 * A destruction certificate as kept: the signed statement (its exact bytes), the signature, the event
 * log entry of its DESTRUCTION_CERTIFICATION event, and once anchored its leaf index and the checkpoint
 * issued after that leaf was sequenced.
 */
public record StoredCertificate(String id, String requestId, byte[] statementBytes, SignatureValue signature,
        long logEntryId, OptionalLong leafIndex, String checkpoint) {
    public StoredCertificate {
        statementBytes = statementBytes.clone();
    }

    @Override
    public byte[] statementBytes() {
        return statementBytes.clone();
    }

    /** The statement, read back from its bytes. */
    public DestructionStatement statement() {
        return DestructionStatement.parse(statementBytes);
    }

    /** True once the leaf index and a covering checkpoint are recorded. */
    public boolean anchored() {
        return leafIndex.isPresent() && checkpoint != null;
    }
}
