package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.crypto.SchoolKeyRing;
import tw.portfolio.archive.integrity.crypto.Sha256;

/** The server-side path: key ring, log and checkpoint assembled into a bundle, then verified. */
class EvidenceVerifierTest {
    private static final String ORIGIN = "school.example/log";

    @TempDir
    Path dir;

    private final byte[] artifact = "%PDF-1.7 outcome".getBytes(StandardCharsets.UTF_8);
    private final MerkleLog log = new MerkleLog(new InMemoryLogStore());

    private ArtifactSignature ingest(SchoolKeyRing ring) {
        ArtifactStatement statement = new ArtifactStatement("art-1", "stu-1", Sha256.hexOf(artifact), artifact.length,
                "application/pdf", Instant.parse("2026-11-28T08:00:00Z"), "STUDENT", ring.activeKey().keyId());
        log.append(EventRecord.of(EventType.INGESTION, statement.ingestedAt(), "STUDENT", List.of("art-1", "stu-1"),
                Map.of("sha256", statement.sha256()), EventOutcome.SUCCESS, "").toLeafData());
        return ArtifactSignature.of(statement.toBytes(), ring.sign(statement.toBytes()));
    }

    private static List<String> failures(List<NamedCheck> checks) {
        return checks.stream().filter(c -> !c.result().valid()).map(c -> c.name() + ": " + c.result().reason()).toList();
    }

    @Test
    void anAssembledBundlePassesEveryCheck() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), "s".toCharArray());
        ArtifactSignature signature = ingest(ring);
        String note = Checkpoints.issueIfGrown(log, Optional.empty(), ORIGIN, "school", ring.activeKey()).orElseThrow();
        EvidenceBundle bundle = EvidenceBundle.assemble("art-1", Sha256.hexOf(artifact), signature,
                ring.activeKey().publicKey(), log, 0, note);

        List<NamedCheck> checks = EvidenceVerifier.verify(EvidenceBundle.parse(bundle.toJson()),
                List.of(ring.activeKey().publicKey()), Optional.of(Sha256.hexOf(artifact)));

        assertEquals(List.of(), failures(checks));
        assertEquals(List.of("digest", "statement", "signature", "leaf", "checkpoint", "inclusion"),
                checks.stream().map(NamedCheck::name).toList());
    }

    @Test
    void aDigestChangedInTheDatabaseDisagreesWithTheSignedStatementAndTheLeaf() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), "s".toCharArray());
        ArtifactSignature signature = ingest(ring);
        String note = Checkpoints.issueIfGrown(log, Optional.empty(), ORIGIN, "school", ring.activeKey()).orElseThrow();
        String rewritten = "0".repeat(64);
        EvidenceBundle bundle = EvidenceBundle.assemble("art-1", rewritten, signature, ring.activeKey().publicKey(),
                log, 0, note);

        List<String> failures = failures(EvidenceVerifier.verify(bundle, List.of(ring.activeKey().publicKey()),
                Optional.empty()));

        assertEquals(List.of("statement: statement says SHA-256 " + Sha256.hexOf(artifact) + ", the bundle says " + rewritten,
                "leaf: leaf records SHA-256 " + Sha256.hexOf(artifact) + ", the bundle says " + rewritten), failures);
    }

    @Test
    void afterRotationTheRetiredKeyIsNeededForOldStatementsAndTheNewOneForCheckpoints() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), "s".toCharArray());
        Ed25519PublicKey retired = ring.activeKey().publicKey();
        ArtifactSignature signature = ingest(ring);
        ring.rotate();
        Ed25519PublicKey active = ring.activeKey().publicKey();
        String note = Checkpoints.issueIfGrown(log, Optional.empty(), ORIGIN, "school", ring.activeKey()).orElseThrow();
        EvidenceBundle bundle = EvidenceBundle.assemble("art-1", Sha256.hexOf(artifact), signature, retired, log, 0, note);

        assertEquals(List.of(), failures(EvidenceVerifier.verify(bundle, List.of(retired, active), Optional.empty())));
        List<String> onlyActive = failures(EvidenceVerifier.verify(bundle, List.of(active), Optional.empty()));
        assertEquals(1, onlyActive.size());
        assertTrue(onlyActive.get(0).startsWith("signature: signed by key " + retired.keyId()), onlyActive.get(0));
    }

    @Test
    void noNewCheckpointIsIssuedUntilTheLogGrows() {
        SchoolKeyRing ring = SchoolKeyRing.openOrCreate(dir.resolve("school.p12"), "s".toCharArray());
        ingest(ring);
        String first = Checkpoints.issueIfGrown(log, Optional.empty(), ORIGIN, "school", ring.activeKey()).orElseThrow();
        Optional<Checkpoint> latest = Optional.of(Checkpoints.parse(first));
        assertEquals(Optional.empty(), Checkpoints.issueIfGrown(log, latest, ORIGIN, "school", ring.activeKey()));
        ingest(ring);
        assertEquals(2, Checkpoints.parse(Checkpoints.issueIfGrown(log, latest, ORIGIN, "school", ring.activeKey())
                .orElseThrow()).treeSize());
    }
}
