package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Checks that the log only grew between two signed checkpoints: both signatures, the same origin,
 * the proof's sizes, and the RFC 9162 consistency proof between the two roots.
 */
public final class LogGrowthVerifier {
    private LogGrowthVerifier() {
    }

    /** Verifies {@code proof} (as the consistency endpoint answers it) between two checkpoint notes. */
    public static List<NamedCheck> verify(String oldNote, String newNote, ConsistencyProof proof,
            List<Ed25519PublicKey> trustedKeys) {
        List<NamedCheck> checks = new ArrayList<>();
        VerificationResult oldSig = EvidenceVerifier.checkpoint(oldNote, trustedKeys);
        VerificationResult newSig = EvidenceVerifier.checkpoint(newNote, trustedKeys);
        checks.add(new NamedCheck("old checkpoint", oldSig));
        checks.add(new NamedCheck("new checkpoint", newSig));
        if (!oldSig.valid() || !newSig.valid()) {
            checks.add(new NamedCheck("consistency", VerificationResult.failed("not checked: a checkpoint is not trustworthy")));
            return checks;
        }
        Checkpoint older = Checkpoints.parse(oldNote);
        Checkpoint newer = Checkpoints.parse(newNote);
        VerificationResult origin = older.origin().equals(newer.origin()) ? VerificationResult.ok()
                : VerificationResult.failed("checkpoints are of different logs: '" + older.origin() + "' and '"
                        + newer.origin() + "'");
        checks.add(new NamedCheck("origin", origin));
        VerificationResult sizes = proof.from() == older.treeSize() && proof.to() == newer.treeSize()
                ? VerificationResult.ok()
                : VerificationResult.failed("proof is from " + proof.from() + " to " + proof.to()
                        + ", the checkpoints are of sizes " + older.treeSize() + " and " + newer.treeSize());
        checks.add(new NamedCheck("sizes", sizes));
        checks.add(new NamedCheck("consistency", MerkleVerifier.verifyConsistency(older.treeSize(), newer.treeSize(),
                proof.hashBytes(), older.rootHash(), newer.rootHash())));
        return checks;
    }
}
