package tw.portfolio.archive.web.portfolio.api;

import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.portfolio.outcome.CertificationView;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.web.portfolio.OutcomeDetails;
import tw.portfolio.archive.web.portfolio.ReceiptView;

/** JSON shapes of outcomes and receipts (the other portfolio answers are the domain's view records). */
public final class PortfolioJson {
    private PortfolioJson() {
    }

    /** A certification decision; {@code onBehalfOf} names the unavailable teachers a substitute decided for. */
    public record CertificationJson(int revision, String decision, String reason, String certifiedBy,
            String onBehalfOf, Instant at) {
        static CertificationJson of(CertificationView c) {
            return new CertificationJson(c.revision(), c.decision().name(), c.reason(), c.certifiedBy(),
                    c.onBehalfOf().isEmpty() ? null : String.join("、", c.onBehalfOf()), c.decidedAt());
        }
    }

    /** A course outcome with its course; in a queue also the student's name, class and number, and whom a substitute stands in for. */
    public record OutcomeJson(String id, String studentId, String studentName, String className,
            String studentNumber, String courseId, String courseCode,
            String courseName, int academicYear, int semester, String description, List<String> artifactIds,
            String state, int revision, Instant uploadedAt, Instant createdAt, CertificationJson certification,
            List<CertificationJson> certifications, String disputeReason, String onBehalfOf) {
        static OutcomeJson of(OutcomeDetails d) {
            OutcomeView o = d.outcome();
            List<CertificationJson> certs = o.certifications().stream().map(CertificationJson::of).toList();
            StudentSummary s = d.student();
            return new OutcomeJson(o.id(), o.studentId(), s == null ? null : s.name(),
                    s == null ? null : s.className(), s == null ? null : s.studentNumber(), o.courseId(), d.course().code(),
                    d.course().name(), o.academicYear(), d.course().semester(), o.description(), o.artifactIds(),
                    o.state().name(), o.revision(), o.uploadedAt(), o.uploadedAt(),
                    certs.isEmpty() ? null : certs.get(certs.size() - 1), certs, o.disputeReason(),
                    d.onBehalfOf().isEmpty() ? null : String.join("、", d.onBehalfOf()));
        }
    }

    public record FileJson(String filename, String mediaType, long size, String sha256) {
    }

    public record ReceiptItemJson(String id, String type, String title, String description, String courseOrCategory,
            String state, List<FileJson> files) {
    }

    public record SignatureJson(String keyId, String algorithm) {
    }

    /** A receipt statement as the pages list it; the signed JSON itself is at {@code /receipts/{id}/statement}. */
    public record ReceiptJson(String id, String studentId, String studentName, int academicYear, Instant issuedAt,
            String state, String reference, String sha256, List<ReceiptItemJson> items, SignatureJson signature) {
        static ReceiptJson of(ReceiptView v) {
            ReceiptRequest r = v.receipt().request();
            List<ReceiptItemJson> items = r.items().stream().map(i -> new ReceiptItemJson(i.itemId(), i.kind().name(),
                    i.title(), i.description(), i.courseOrCategory(), v.itemStates().get(i.itemId()),
                    i.files().stream().map(f -> new FileJson(f.filename(), f.mediaType(), f.size(), f.sha256()))
                            .toList())).toList();
            var sig = v.receipt().signed().signature();
            return new ReceiptJson(v.receipt().id(), r.studentId(), v.studentName(), r.academicYear().value(),
                    r.issuedAt(), v.state(), v.receipt().signed().statement().reference(),
                    v.receipt().signed().statement().sha256(), items, new SignatureJson(sig.keyId(), sig.algorithm()));
        }
    }
}
