package tw.portfolio.archive.web.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactQueries;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.EvidenceBundle;
import tw.portfolio.archive.integrity.eventlog.EvidenceVerifier;
import tw.portfolio.archive.storage.ArtifactStore;

/**
 * Evidence for one artifact: its signed statement, its ingestion leaf with an inclusion proof, and a
 * signed checkpoint — everything an auditor needs to check it without trusting the server — and the
 * same checks run here, plus a re-hash of the stored bytes, for the auditor's screen.
 */
@ApplicationScoped
public class EvidenceService {
    @Inject
    ArtifactQueries artifacts;
    @Inject
    ArtifactStore store;
    @Inject
    SchoolKeyRing keys;
    @Inject
    MerkleEventLog log;
    @Inject
    CheckpointService checkpoints;

    @Transactional
    public EvidenceBundle bundle(Actor actor, String artifactId) {
        Artifact a = readable(actor, artifactId);
        if ((a.leafIndex() == null && a.logEntry() == null) || a.signatureValue() == null) {
            throw new ConflictException("Artifact " + artifactId + " was archived before signing existed");
        }
        long leafIndex = ingestionLeaf(a);
        String note = checkpointCovering(leafIndex);
        Ed25519PublicKey key = keys.publicKey(a.keyId())
                .orElseThrow(() -> new ConflictException("The key " + a.keyId() + " is not in the key ring"));
        ArtifactSignature signature = new ArtifactSignature(a.keyId(), "Ed25519", a.signedStatement(),
                a.signatureValue());
        return log.read(l -> EvidenceBundle.assemble(a.id(), a.sha256(), signature, key, l, leafIndex,
                note));
    }

    /** The bundle's checks, plus the digest of the bytes as stored now. */
    @Transactional
    public List<NamedCheck> verify(Actor actor, String artifactId) {
        EvidenceBundle bundle = bundle(actor, artifactId);
        Artifact a = readable(actor, artifactId);
        List<Ed25519PublicKey> trusted = keys.keys().stream().map(k -> Ed25519PublicKey.ofPem(k.publicKeyPem()))
                .toList();
        return EvidenceVerifier.verify(bundle, trusted, storedDigest(a));
    }

    private Optional<String> storedDigest(Artifact a) {
        try (InputStream in = store.open(a.objectId(), a.logicalName())) {
            return Optional.of(java.util.HexFormat.of().formatHex(Sha256.of(in)));
        } catch (NotFoundException e) {
            return Optional.of("missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Artifact readable(Actor actor, String artifactId) {
        Artifact a = artifacts.readable(actor, artifactId);
        if (!actor.has(Role.AUDITOR) && !actor.isStudent(a.studentId())) {
            throw new NotFoundException("No artifact " + artifactId);
        }
        return a;
    }

    private long ingestionLeaf(Artifact a) {
        if (a.leafIndex() != null) {
            return a.leafIndex();
        }
        return log.leafIndexOf(a.logEntry()).orElseThrow(() -> new ConflictException("The ingestion of artifact "
                + a.id() + " is not in the event log yet; ask again in a moment"));
    }

    private String checkpointCovering(long leafIndex) {
        Optional<String> latest = checkpoints.latest();
        if (latest.isEmpty() || Checkpoints.parse(latest.get()).treeSize() <= leafIndex) {
            latest = checkpoints.issueIfGrown();
        }
        return latest.orElseThrow(() -> new ConflictException("No checkpoint covers leaf " + leafIndex + " yet"));
    }
}
