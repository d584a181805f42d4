package tw.portfolio.archive.retention.deletion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tw.portfolio.archive.account.Pseudonym;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.integrity.crypto.SigningKey;
import tw.portfolio.archive.integrity.destruction.DestructionStatement;
import tw.portfolio.archive.retention.erasure.ErasureConfirmation;
import tw.portfolio.archive.retention.erasure.ErasureResult;

/**
 * Issues the destruction certificate of a finished erasure, in the caller's transaction: the statement
 * (subject = the student's opaque id, approvals as account pseudonyms with roles and reason digests,
 * every erased file, every confirmation), signed with the school's active key, kept, and recorded as a
 * DESTRUCTION_CERTIFICATION event whose leaf carries the statement's SHA-256.
 */
public final class CertificateIssuer {
    private final CertificateTable certificates;
    private final ArchiveEvents events;
    private final Clock clock;

    public CertificateIssuer(CertificateTable certificates, ArchiveEvents events, Clock clock) {
        this.certificates = certificates;
        this.events = events;
        this.clock = clock;
    }

    /** What was issued: the certificate's id and the log entry of its event. */
    public record Issued(String certificateId, long logEntryId) {
    }

    /** The targets an erasure did not finish, or empty when it reached everything it was meant to. */
    public static List<ErasureConfirmation> unfinished(ErasureResult result) {
        return result.confirmations().stream().filter(c -> "FAILED".equals(c.state())).toList();
    }

    public Issued issue(DeletionRequest request, ErasureResult result, SigningKey key) {
        Instant now = clock.instant();
        DestructionStatement statement = new DestructionStatement(UUID.randomUUID().toString(), request.id(),
                request.basis().name(), request.studentId(), now,
                request.approvals().stream().map(a -> new DestructionStatement.Approval(Pseudonym.of(a.account()),
                        a.role(), a.decision().name(), a.decidedAt(), DeletionWorkflow.sha256(a.reason()))).toList(),
                result.items().stream().map(i -> new DestructionStatement.Item(i.artifactId(), i.sha256(), i.size()))
                        .toList(),
                result.confirmations().stream().map(c -> new DestructionStatement.Confirmation(c.target(), c.state(),
                        c.at(), c.detail() == null ? "" : c.detail())).toList(),
                key.keyId());
        byte[] bytes = statement.toBytes();
        SignatureValue signature = key.sign(bytes);
        long entry = events.record(new ArchiveEvent(ArchiveEventType.DESTRUCTION_CERTIFICATION,
                "certificate:" + statement.certificateId(), request.studentId(), "SYSTEM", "SUCCESS", now,
                Map.of("sha256", Sha256.hexOf(bytes), "requestId", request.id(), "basis", request.basis().name(),
                        "items", Integer.toString(statement.items().size()), "keyId", key.keyId())));
        certificates.insert(statement, bytes, signature, entry);
        return new Issued(statement.certificateId(), entry);
    }
}
