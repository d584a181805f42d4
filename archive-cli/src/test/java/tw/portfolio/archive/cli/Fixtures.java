package tw.portfolio.archive.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.eventlog.Checkpoint;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.EvidenceBundle;
import tw.portfolio.archive.integrity.eventlog.InMemoryLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/**
 * Generates the verifier's fixtures into a directory, one file per failure mode, named for it:
 * {@code bundle.good.json}, {@code bundle.bad-signature.json}, {@code bundle.wrong-leaf.json}, ...
 */
final class Fixtures {
    static final String ORIGIN = "school.example/portfolio-archive/log";
    static final String KEY_NAME = "school.example";

    private final Path dir;
    private final SigningKey school = SigningKey.generate(new SecureRandom());
    private final SigningKey stranger = SigningKey.generate(new SecureRandom());
    private final MerkleLog log = new MerkleLog(new InMemoryLogStore());
    private final List<byte[]> leaves = new ArrayList<>();

    Fixtures(Path dir) {
        this.dir = dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Writes every evidence and log fixture. */
    Fixtures write() throws IOException {
        Files.writeString(file("school.pem"), school.publicKey().toPem());
        Files.writeString(file("stranger.pem"), stranger.publicKey().toPem());
        byte[] artifact = "%PDF-1.7 course outcome of stu-7f3a".getBytes(StandardCharsets.UTF_8);
        Files.write(file("artifact.pdf"), artifact);
        byte[] tampered = artifact.clone();
        tampered[5] ^= 1;
        Files.write(file("artifact.tampered.pdf"), tampered);

        append(ingestion("art-0", Sha256.hexOf(new byte[] {0})));
        long leafIndex = append(ingestion("art-1", Sha256.hexOf(artifact)));
        append(EventRecord.of(EventType.FIXITY_CHECK, Instant.parse("2026-11-28T09:00:00Z"), "SYSTEM",
                List.of("art-0"), Map.of(), EventOutcome.SUCCESS, ""));
        String oldCheckpoint = checkpoint(log.size());
        for (int i = 0; i < 4; i++) {
            append(ingestion("art-" + (10 + i), Sha256.hexOf(new byte[] {(byte) i})));
        }
        String newCheckpoint = checkpoint(log.size());

        EvidenceBundle good = bundle("art-1", artifact, leafIndex, newCheckpoint);
        write("bundle.good.json", good);
        ArtifactSignature sig = good.signature();
        byte[] value = Base64.getDecoder().decode(sig.value());
        value[0] ^= 1;
        ArtifactSignature badSig = new ArtifactSignature(sig.keyId(), sig.algorithm(), sig.statement(),
                Base64.getEncoder().encodeToString(value));
        write("bundle.bad-signature.json", with(good, badSig, good.leafData(), good.checkpoint()));
        write("bundle.wrong-leaf.json", with(good, sig, Base64.getEncoder().encodeToString(leaves.get(0)), good.checkpoint()));
        write("bundle.forged-checkpoint.json", with(good, sig, good.leafData(),
                newCheckpoint.replaceFirst("\n" + log.size() + "\n", "\n" + (log.size() + 1) + "\n")));
        Files.writeString(file("bundle.malformed.json"), "{\"artifactId\": \"art-1\", ");
        Files.writeString(file("bundle.bad-base64.json"), new String(good.toJson(), StandardCharsets.UTF_8)
                .replace(good.leafData(), "%%not base64%%"));
        Files.writeString(file("bundle.missing-field.json"), new String(good.toJson(), StandardCharsets.UTF_8)
                .replace("\"checkpoint\"", "\"checkpointX\""));
        Files.writeString(file("bundle.missing-leaf-index.json"), new String(good.toJson(), StandardCharsets.UTF_8)
                .replace("\"leafIndex\"", "\"leafIndexX\""));

        Files.writeString(file("checkpoint.old.txt"), oldCheckpoint);
        Files.writeString(file("checkpoint.new.txt"), newCheckpoint);
        long oldSize = Checkpoints.parse(oldCheckpoint).treeSize();
        Files.writeString(file("proof.json"), proofJson(log.consistencyProof(oldSize, log.size()).hashes(),
                oldSize, log.size()));
        writeRewrittenLog(oldSize);
        Files.writeString(file("proof.malformed.json"), "{\"from\": \"three\"}");
        return this;
    }

    /** A log with the same length whose second leaf was replaced, checkpointed with the school key. */
    private void writeRewrittenLog(long oldSize) throws IOException {
        MerkleLog rewritten = new MerkleLog(new InMemoryLogStore());
        for (int i = 0; i < leaves.size(); i++) {
            rewritten.append(i == 1 ? ingestion("art-1", Sha256.hexOf(new byte[] {9})).toLeafData() : leaves.get(i));
        }
        Files.writeString(file("checkpoint.rewritten-log.txt"),
                Checkpoints.sign(Checkpoint.of(ORIGIN, rewritten.head()), KEY_NAME, school));
        Files.writeString(file("proof.rewritten-log.json"), proofJson(
                rewritten.consistencyProof(oldSize, rewritten.size()).hashes(), oldSize, rewritten.size()));
    }

    private static String proofJson(List<String> hashes, long from, long to) {
        return "{\"from\":" + from + ",\"to\":" + to + ",\"hashes\":["
                + String.join(",", hashes.stream().map(h -> "\"" + h + "\"").toList()) + "]}";
    }

    private EventRecord ingestion(String artifactId, String sha256) {
        return EventRecord.of(EventType.INGESTION, Instant.parse("2026-11-28T08:00:00Z"), "STUDENT",
                List.of(artifactId, "stu-7f3a"), Map.of("sha256", sha256), EventOutcome.SUCCESS, "");
    }

    private long append(EventRecord event) {
        leaves.add(event.toLeafData());
        return log.append(event.toLeafData());
    }

    private String checkpoint(long size) {
        return Checkpoints.sign(Checkpoint.of(ORIGIN, log.head(size)), KEY_NAME, school);
    }

    private EvidenceBundle bundle(String artifactId, byte[] artifact, long leafIndex, String checkpoint) {
        ArtifactStatement statement = new ArtifactStatement(artifactId, "stu-7f3a", Sha256.hexOf(artifact),
                artifact.length, "application/pdf", Instant.parse("2026-11-28T08:00:00Z"), "STUDENT", school.keyId());
        byte[] bytes = statement.toBytes();
        ArtifactSignature signature = ArtifactSignature.of(bytes, school.sign(bytes));
        long size = Checkpoints.parse(checkpoint).treeSize();
        return new EvidenceBundle(artifactId, statement.sha256(), Base64.getEncoder().encodeToString(bytes), signature,
                school.keyId(), school.publicKey().toPem(), leafIndex,
                Base64.getEncoder().encodeToString(leaves.get((int) leafIndex)), size,
                log.inclusionProof(leafIndex, size).hashes(), checkpoint);
    }

    private static EvidenceBundle with(EvidenceBundle b, ArtifactSignature signature, String leafData, String checkpoint) {
        return new EvidenceBundle(b.artifactId(), b.sha256(), b.statement(), signature, b.keyId(), b.publicKeyPem(),
                b.leafIndex(), leafData, b.treeSize(), b.inclusionProof(), checkpoint);
    }

    private void write(String name, EvidenceBundle bundle) throws IOException {
        Files.write(file(name), bundle.toJson());
    }
}
