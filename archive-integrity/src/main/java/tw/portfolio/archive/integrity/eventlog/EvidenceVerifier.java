package tw.portfolio.archive.integrity.eventlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.SignatureVerifier;
import tw.portfolio.archive.integrity.crypto.VerificationResult;

/**
 * Checks an {@link EvidenceBundle} against trusted public keys only: the artifact's bytes (when
 * given), the signed statement, its signature, the ingestion leaf, the checkpoint's signature and
 * the leaf's inclusion under the checkpoint root. Each check is reported with its reason.
 */
public final class EvidenceVerifier {
    private EvidenceVerifier() {
    }

    /**
     * Verifies {@code bundle}; {@code artifactSha256} is the hex digest of the artifact's bytes as
     * the auditor holds them, or empty to skip that check.
     */
    public static List<NamedCheck> verify(EvidenceBundle bundle, List<Ed25519PublicKey> trustedKeys,
            Optional<String> artifactSha256) {
        List<NamedCheck> checks = new ArrayList<>();
        artifactSha256.ifPresent(actual -> checks.add(new NamedCheck("digest", actual.equals(bundle.sha256())
                ? VerificationResult.ok()
                : VerificationResult.failed("artifact bytes have SHA-256 " + actual + ", the bundle says " + bundle.sha256()))));
        checks.add(new NamedCheck("statement", statement(bundle)));
        checks.add(new NamedCheck("signature", signature(bundle, trustedKeys)));
        checks.add(new NamedCheck("leaf", leaf(bundle)));
        VerificationResult checkpoint = checkpoint(bundle.checkpoint(), trustedKeys);
        checks.add(new NamedCheck("checkpoint", checkpoint));
        checks.add(new NamedCheck("inclusion", checkpoint.valid() ? inclusion(bundle)
                : VerificationResult.failed("not checked: the checkpoint is not trustworthy")));
        return checks;
    }

    /** Checks a checkpoint note against any of the trusted keys. */
    public static VerificationResult checkpoint(String note, List<Ed25519PublicKey> trustedKeys) {
        if (trustedKeys.isEmpty()) {
            return VerificationResult.failed("no trusted key given");
        }
        List<String> reasons = new ArrayList<>();
        for (Ed25519PublicKey key : trustedKeys) {
            VerificationResult r = Checkpoints.verify(note, key);
            if (r.valid()) {
                return r;
            }
            reasons.add(r.reason());
        }
        return VerificationResult.failed(String.join("; ", reasons));
    }

    private static VerificationResult statement(EvidenceBundle b) {
        if (!Arrays.equals(b.statementBytes(), b.signature().statementBytes())) {
            return VerificationResult.failed("statement differs from the signature's statement");
        }
        ArtifactStatement s;
        try {
            s = ArtifactStatement.parse(b.statementBytes());
        } catch (InvalidInputException e) {
            return VerificationResult.failed("statement is not a canonical artifact statement: " + e.getMessage());
        }
        if (!s.artifactId().equals(b.artifactId())) {
            return VerificationResult.failed("statement is about artifact " + s.artifactId() + ", not " + b.artifactId());
        }
        if (!s.sha256().equals(b.sha256())) {
            return VerificationResult.failed("statement says SHA-256 " + s.sha256() + ", the bundle says " + b.sha256());
        }
        if (!s.keyId().equals(b.signature().keyId())) {
            return VerificationResult.failed("statement names key " + s.keyId() + " but the signature key " + b.signature().keyId());
        }
        return VerificationResult.ok();
    }

    private static VerificationResult signature(EvidenceBundle b, List<Ed25519PublicKey> trustedKeys) {
        String keyId = b.signature().keyId();
        return trustedKeys.stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .map(k -> SignatureVerifier.verify(k, b.statementBytes(), b.signature().toSignatureValue()))
                .orElseGet(() -> VerificationResult.failed("signed by key " + keyId + ", which is not a trusted key ("
                        + String.join(", ", trustedKeys.stream().map(Ed25519PublicKey::keyId).toList()) + ")"));
    }

    private static VerificationResult leaf(EvidenceBundle b) {
        EventRecord event;
        try {
            event = EventRecord.parse(b.leafBytes());
        } catch (InvalidInputException e) {
            return VerificationResult.failed("leaf is not an event record: " + e.getMessage());
        }
        if (event.type() != EventType.INGESTION) {
            return VerificationResult.failed("leaf records '" + event.type().label() + "', not the ingestion");
        }
        if (!event.subjects().contains(b.artifactId())) {
            return VerificationResult.failed("leaf is about " + event.subjects() + ", not artifact " + b.artifactId());
        }
        if (!b.sha256().equals(event.digests().get("sha256"))) {
            return VerificationResult.failed("leaf records SHA-256 " + event.digests().get("sha256")
                    + ", the bundle says " + b.sha256());
        }
        return VerificationResult.ok();
    }

    private static VerificationResult inclusion(EvidenceBundle b) {
        Checkpoint cp = Checkpoints.parse(b.checkpoint());
        if (cp.treeSize() != b.treeSize()) {
            return VerificationResult.failed("bundle treeSize " + b.treeSize() + " differs from the checkpoint's "
                    + cp.treeSize());
        }
        return MerkleVerifier.verifyInclusion(b.leafIndex(), b.treeSize(), TreeHasher.leafHash(b.leafBytes()),
                b.proofHashes(), cp.rootHash());
    }
}
