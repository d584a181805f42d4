package tw.portfolio.archive.integrity.destruction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.CanonicalJson;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureVerifier;
import tw.portfolio.archive.integrity.crypto.VerificationResult;
import tw.portfolio.archive.integrity.eventlog.Checkpoint;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.EvidenceVerifier;
import tw.portfolio.archive.integrity.eventlog.MerkleVerifier;
import tw.portfolio.archive.integrity.eventlog.TreeHasher;

/**
 * Checks a {@link DestructionCertificate} against trusted public keys only: the statement is a
 * canonical destruction statement, the readable members say exactly what it says, the school key
 * signed it, the log leaf records the certificate with the statement's digest, the checkpoint is the
 * school's, and the leaf is included under it. Each check is reported with its reason.
 */
public final class DestructionCertificateVerifier {
    private DestructionCertificateVerifier() {
    }

    /** Verifies {@code certificate}; every check is in the list, failed ones with their reason. */
    public static List<NamedCheck> verify(DestructionCertificate certificate, List<Ed25519PublicKey> trustedKeys) {
        List<NamedCheck> checks = new ArrayList<>();
        DestructionStatement statement = null;
        VerificationResult parsed;
        try {
            statement = DestructionStatement.parse(certificate.statementBytes());
            parsed = statement.keyId().equals(certificate.signature().keyId()) ? VerificationResult.ok()
                    : VerificationResult.failed("statement names key " + statement.keyId() + " but the signature key "
                            + certificate.signature().keyId());
        } catch (InvalidInputException e) {
            parsed = VerificationResult.failed("statement is not a canonical destruction statement: " + e.getMessage());
        }
        checks.add(new NamedCheck("statement", parsed));
        checks.add(new NamedCheck("contents", statement == null
                ? VerificationResult.failed("not checked: the statement cannot be read")
                : contents(certificate, statement)));
        checks.add(new NamedCheck("signature", signature(certificate, trustedKeys)));
        checks.add(new NamedCheck("leaf", leaf(certificate, statement)));
        VerificationResult checkpoint = EvidenceVerifier.checkpoint(certificate.checkpoint(), trustedKeys);
        checks.add(new NamedCheck("checkpoint", checkpoint));
        checks.add(new NamedCheck("inclusion", checkpoint.valid() ? inclusion(certificate)
                : VerificationResult.failed("not checked: the checkpoint is not trustworthy")));
        return checks;
    }

    private static VerificationResult contents(DestructionCertificate c, DestructionStatement s) {
        Map<String, Object> members = s.members();
        for (String field : DestructionCertificate.CONTENTS) {
            Object signed = members.get(field.equals("id") ? "certificateId" : field);
            JsonNode shown = c.contents().get(field);
            byte[] shownBytes;
            try {
                shownBytes = CanonicalJson.bytes(shown);
            } catch (IllegalArgumentException e) {
                return VerificationResult.failed(field + " holds " + e.getMessage());
            }
            if (!Arrays.equals(shownBytes, CanonicalJson.bytes(signed))) {
                return VerificationResult.failed(field + " differs from the signed statement's");
            }
        }
        return VerificationResult.ok();
    }

    private static VerificationResult signature(DestructionCertificate c, List<Ed25519PublicKey> trustedKeys) {
        String keyId = c.signature().keyId();
        return trustedKeys.stream().filter(k -> k.keyId().equals(keyId)).findFirst()
                .map(k -> SignatureVerifier.verify(k, c.statementBytes(), c.signature()))
                .orElseGet(() -> VerificationResult.failed("signed by key " + keyId + ", which is not a trusted key ("
                        + String.join(", ", trustedKeys.stream().map(Ed25519PublicKey::keyId).toList()) + ")"));
    }

    private static VerificationResult leaf(DestructionCertificate c, DestructionStatement s) {
        EventRecord event;
        try {
            event = EventRecord.parse(c.leafData());
        } catch (InvalidInputException e) {
            return VerificationResult.failed("leaf is not an event record: " + e.getMessage());
        }
        if (event.type() != EventType.DESTRUCTION_CERTIFICATION) {
            return VerificationResult.failed("leaf records '" + event.type().label() + "', not a destruction certification");
        }
        String id = c.contents().get("id").textValue();
        if (!event.subjects().contains("certificate:" + id)) {
            return VerificationResult.failed("leaf is about " + event.subjects() + ", not certificate " + id);
        }
        String digest = Sha256.hexOf(c.statementBytes());
        if (!digest.equals(event.digests().get("sha256"))) {
            return VerificationResult.failed("leaf records SHA-256 " + event.digests().get("sha256")
                    + ", the statement's is " + digest);
        }
        if (s != null && !event.subjects().contains("student:" + s.subject())) {
            return VerificationResult.failed("leaf is about " + event.subjects() + ", not subject " + s.subject());
        }
        return VerificationResult.ok();
    }

    private static VerificationResult inclusion(DestructionCertificate c) {
        Checkpoint cp;
        try {
            cp = Checkpoints.parse(c.checkpoint());
        } catch (InvalidInputException e) {
            return VerificationResult.failed("checkpoint cannot be read: " + e.getMessage());
        }
        if (c.leafIndex() >= cp.treeSize()) {
            return VerificationResult.failed("leaf " + c.leafIndex() + " is not in the checkpoint's tree of size "
                    + cp.treeSize());
        }
        return MerkleVerifier.verifyInclusion(c.leafIndex(), cp.treeSize(), TreeHasher.leafHash(c.leafData()),
                c.inclusionProof(), cp.rootHash());
    }
}
