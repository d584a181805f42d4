package tw.portfolio.archive.integrity.eventlog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.integrity.crypto.ArtifactSignature;
import tw.portfolio.archive.integrity.crypto.ArtifactStatement;
import tw.portfolio.archive.integrity.crypto.SigningKey;

/**
 * Mutated inputs (seeded, so failures reproduce) reach every parser an auditor or client can feed:
 * each either accepts or throws {@link InvalidInputException}, never anything that would become a
 * 500 or a stack trace.
 */
class ParserFuzzTest {
    private static final int ROUNDS = 3000;
    private static final String SYNTAX = "{}[]\",:\\ 0-\n";
    private final Random random = new Random(20261128);
    private final SigningKey key = SigningKey.generate(new SecureRandom());

    private byte[] mutate(byte[] valid) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length > 0; i++) {
            switch (random.nextInt(3)) {
                case 0 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
                default -> b[random.nextInt(b.length)] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()));
            }
        }
        return b;
    }

    private void fuzz(byte[] valid, Consumer<byte[]> parser) {
        for (int i = 0; i < ROUNDS; i++) {
            byte[] input = mutate(valid);
            try {
                parser.accept(input);
            } catch (InvalidInputException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            } catch (RuntimeException e) {
                throw new AssertionError("parser threw " + e + " for " + new String(input, StandardCharsets.UTF_8), e);
            }
        }
    }

    @Test
    void artifactStatementsAndEventRecordsParseOrAreInvalidInput() {
        ArtifactStatement s = new ArtifactStatement("art-1", "stu-1", "ab".repeat(32), 5, "application/pdf",
                Instant.EPOCH, "STUDENT", key.keyId());
        fuzz(s.toBytes(), ArtifactStatement::parse);
        EventRecord e = EventRecord.of(EventType.INGESTION, Instant.EPOCH, "STUDENT", List.of("art-1"),
                Map.of("sha256", "ab".repeat(32)), EventOutcome.SUCCESS, "detail");
        fuzz(e.toLeafData(), EventRecord::parse);
    }

    @Test
    void checkpointsAndProofsParseOrAreInvalidInput() {
        String note = Checkpoints.sign(new Checkpoint("o", 3, TreeHasher.leafHash(new byte[0])), "k", key);
        fuzz(note.getBytes(StandardCharsets.UTF_8), b -> {
            String text = new String(b, StandardCharsets.UTF_8);
            Checkpoints.verify(text, key.publicKey());
            Checkpoints.parse(text);
        });
        byte[] proof = ("{\"from\":1,\"to\":3,\"hashes\":[\"" + ProofHashes.encode(new byte[32]) + "\"]}")
                .getBytes(StandardCharsets.UTF_8);
        fuzz(proof, ConsistencyProof::parse);
    }

    @Test
    void evidenceBundlesParseOrAreInvalidInput() {
        MerkleLog log = new MerkleLog(new InMemoryLogStore());
        log.append(new byte[] {1});
        log.append(new byte[] {2});
        byte[] statement = "{}".getBytes(StandardCharsets.UTF_8);
        EvidenceBundle bundle = EvidenceBundle.assemble("art-1", "ab".repeat(32),
                ArtifactSignature.of(statement, key.sign(statement)), key.publicKey(), log, 1,
                Checkpoints.sign(Checkpoint.of("o", log.head()), "k", key));
        fuzz(bundle.toJson(), b -> EvidenceVerifier.verify(EvidenceBundle.parse(b), List.of(key.publicKey()),
                java.util.Optional.empty()));
    }
}
