package tw.portfolio.archive.integrity.destruction;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.eventlog.Checkpoints;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventRecord;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.integrity.eventlog.InMemoryLogStore;
import tw.portfolio.archive.integrity.eventlog.MerkleLog;

/** A real certificate: a statement signed by a key, its leaf in a log among others, a checkpoint after it. */
public final class CertificateFixture {
    public static final String ORIGIN = "school.example/log";
    /** A fixed key, so fixtures are the same on every run. */
    public static final SigningKey KEY = SigningKey.ofSeed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
        14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    private CertificateFixture() {
    }

    public static DestructionStatement statement(String keyId) {
        Instant at = Instant.parse("2026-12-08T01:00:00Z");
        return new DestructionStatement("cert-1", "req-1", "REQUEST", "stu-7f3a", at,
                List.of(new DestructionStatement.Approval("acct-registrar", "REGISTRAR", "APPROVE", at.minusSeconds(60),
                        Sha256.hexOf("ok".getBytes())),
                        new DestructionStatement.Approval("acct-admin", "ACADEMIC_ADMIN", "APPROVE", at.minusSeconds(30),
                                Sha256.hexOf("同意".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                List.of(new DestructionStatement.Item("art-1", Sha256.hexOf("one".getBytes()), 3),
                        new DestructionStatement.Item("art-2", Sha256.hexOf("two".getBytes()), 1234567)),
                List.of(new DestructionStatement.Confirmation("DATABASE", "DONE", at, "12 rows"),
                        new DestructionStatement.Confirmation("REPLICA", "NOT_CONFIGURED", at, "")),
                keyId);
    }

    /** The certificate document of {@link #statement}, signed by {@link #KEY}, as the archive writes it. */
    public static byte[] document() {
        DestructionStatement statement = statement(KEY.keyId());
        byte[] bytes = statement.toBytes();
        SignatureValue signature = KEY.sign(bytes);
        MerkleLog log = new MerkleLog(new InMemoryLogStore());
        for (int i = 0; i < 5; i++) {
            log.append(("{\"filler\":" + i + "}").getBytes());
        }
        byte[] leaf = EventRecord.of(EventType.DESTRUCTION_CERTIFICATION, statement.completedAt(), "SYSTEM",
                List.of("certificate:cert-1", "student:stu-7f3a"), Map.of("sha256", Sha256.hexOf(bytes)),
                EventOutcome.SUCCESS, "").toLeafData();
        long index = log.append(leaf);
        log.append("{\"after\":1}".getBytes());
        String note = Checkpoints.issueIfGrown(log, java.util.Optional.empty(), ORIGIN, ORIGIN, KEY).orElseThrow();
        long size = Checkpoints.parse(note).treeSize();
        return DestructionCertificate.write(statement, signature, index, leaf, log.inclusionProof(index, size).hashBytes(),
                note);
    }
}
