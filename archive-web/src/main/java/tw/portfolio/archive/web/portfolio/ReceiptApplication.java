package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tw.portfolio.archive.access.PortfolioAccess;
import tw.portfolio.archive.access.SealedRecords;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.integrity.receipt.ReceiptSeal;
import tw.portfolio.archive.kept.KeptObject;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.submission.StudentSubmission;
import tw.portfolio.archive.receipt.ReceiptPdf;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptSettings;
import tw.portfolio.archive.receipt.ReceiptSigner;
import tw.portfolio.archive.receipt.ReceiptStatement;
import tw.portfolio.archive.receipt.SignedReceipt;

/**
 * Issues, finds and prints receipt statements (收訖明細). Each step that changes the database runs
 * in its own transaction through {@link SubmissionApplication}; the signature comes from the
 * deployed {@link ReceiptSigner} (the school key), and without one issuing answers 503
 * {@code signing-unavailable} while everything else keeps working.
 */
@ApplicationScoped
public class ReceiptApplication {
    @Inject
    SubmissionApplication tx;
    @Inject
    ReceiptFiles files;
    @Inject
    Instance<ReceiptSigner> signers;
    @Inject
    ReceiptSettings settings;
    @Inject
    SealedRecords sealed;

    /** What closing a year's submission did. */
    public record CloseResult(int academicYear, int studentsSubmitted, int receiptsIssued, boolean signingAvailable) {
    }

    public CloseResult close(Actor actor, int academicYear) {
        List<StudentSubmission> closed = tx.close(actor, academicYear);
        int issued = signers.isResolvable() ? issuePending(actor, academicYear) : 0;
        return new CloseResult(academicYear, closed.size(), issued, signers.isResolvable());
    }

    /** Issues a receipt to every student of the year with submitted items not yet on a receipt and none disputed. */
    public int issuePending(Actor actor, int academicYear) {
        ReceiptSigner signer = signer();
        int issued = 0;
        for (StudentSubmission s : tx.submitted(actor, academicYear)) {
            if (ReceiptStates.awaitsReceipt(s)) {
                issue(actor, s, signer);
                issued++;
            }
        }
        return issued;
    }

    /** After a correction: a new receipt when signing is available and nothing is left disputed. */
    public Optional<String> reissueIfReady(Actor actor, StudentSubmission s) {
        if (!signers.isResolvable() || !ReceiptStates.awaitsReceipt(s)) {
            return Optional.empty();
        }
        return Optional.of(issue(actor, s, signer()));
    }

    private String issue(Actor actor, StudentSubmission s, ReceiptSigner signer) {
        ReceiptRequest request = tx.requestFor(s);
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(request), signer);
        String id = files.write(request, signed);
        tx.recordIssued(actor, s.studentId(), s.academicYear());
        return id;
    }

    private ReceiptSigner signer() {
        if (!signers.isResolvable()) {
            throw new ServiceUnavailableException("signing-unavailable",
                    "No school signing key is deployed, so receipts cannot be signed yet; submitted items stay SUBMITTED");
        }
        return signers.get();
    }

    /**
     * A receipt the caller may read (the student or staff who read portfolios); anyone else gets 404,
     * and staff get 403 naming the seal date once the student is sealed.
     */
    public ReceiptView get(Actor actor, String receiptId) {
        IssuedReceipt r = readable(actor, receiptId);
        sealed.requireReadable(actor, r.request().studentId());
        return view(actor, r);
    }

    private IssuedReceipt readable(Actor actor, String receiptId) {
        return files.find(receiptId)
                .filter(x -> PortfolioAccess.mayReadPortfolio(actor, x.request().studentId()))
                .orElseThrow(() -> new NotFoundException("No receipt " + receiptId));
    }

    /** A student's receipts; empty for staff once the student is sealed. */
    public List<ReceiptView> ofStudent(Actor actor, String studentId) {
        PortfolioAccess.requireReadPortfolio(actor, studentId);
        if (sealed.hiddenFrom(actor, studentId)) {
            return List.of();
        }
        return files.ofStudent(studentId).stream().map(r -> view(actor, r)).toList();
    }

    /**
     * The folder of the newest submission package (BagIt bag) of a student's year: 403 for a caller
     * who may not read the portfolio, 404 when no receipt, and so no package, was issued yet.
     */
    public SubmissionPackage submissionPackage(Actor actor, String studentId, int academicYear) {
        PortfolioAccess.requireReadPortfolio(actor, studentId);
        sealed.requireReadable(actor, studentId);
        return files.latestId(studentId, academicYear).map(files::bagOf)
                .orElseThrow(() -> new NotFoundException("No submission package of student " + studentId
                        + " for academic year " + academicYear + " yet"));
    }

    /** One page of a year's receipts and how many there are. */
    public record YearPage(List<ReceiptView> items, long total) {
    }

    /**
     * The newest receipt of each student of the year, in the order of the students; only those not
     * fully confirmed when {@code unconfirmedOnly}. The receipts are read once per request, and only
     * the page's receipts are looked up further (item states, names).
     */
    public YearPage ofYear(Actor actor, int academicYear, boolean unconfirmedOnly, PageRequest page) {
        Collection<String> students = unconfirmedOnly ? tx.unconfirmed(actor, academicYear)
                : tx.submitted(actor, academicYear).stream().map(StudentSubmission::studentId).toList();
        java.util.Set<String> hidden = sealed.sealedAmong(students);
        Map<String, KeptObject> newest = files.latestOfYear(academicYear);
        List<KeptObject> listed = students.stream().filter(s -> !hidden.contains(s)).map(newest::get).filter(Objects::nonNull).toList();
        return new YearPage(page.slice(listed).stream().map(r -> view(actor, files.read(r), true)).toList(),
                listed.size());
    }

    /** Confirms or disputes a receipt: the student online, the registrar for a paper reply. */
    public ReceiptView answer(Actor actor, String receiptId, boolean confirmed, String itemId, String reason) {
        sealed.requireWritable(readable(actor, receiptId).request().studentId());
        ReceiptView current = get(actor, receiptId);
        if ("SUPERSEDED".equals(current.state())) {
            throw new ConflictException("Receipt " + receiptId + " was replaced by a newer one; answer that one");
        }
        ReceiptRequest r = current.receipt().request();
        int year = r.academicYear().value();
        if (confirmed) {
            tx.confirm(actor, r.studentId(), year);
        } else {
            String item = itemId;
            if ((item == null || item.isBlank()) && r.items().size() == 1) {
                item = r.items().get(0).itemId();
            }
            if (item == null || item.isBlank()) {
                throw tw.portfolio.archive.error.InvalidInputException.field("itemId", "name the disputed item");
            }
            tx.dispute(actor, r.studentId(), year, item, reason);
        }
        return get(actor, receiptId);
    }

    /**
     * The receipt as PDF: the statement, or the letter with a reply slip for paper mail; rendered and
     * sealed with the school key ({@link ReceiptSeal}: binds the PDF's bytes to the signed statement,
     * so a leaver can check both offline with {@code archive-cli verify receipt}) the first time,
     * kept with the receipt, and the kept bytes every time after. Without a signing key nothing is
     * rendered (503), so no unsealed PDF is ever kept.
     */
    public byte[] pdf(Actor actor, String receiptId, ReceiptPdf.Variant variant) {
        IssuedReceipt r = get(actor, receiptId).receipt();
        return files.pdf(r.id(), variant, () -> ReceiptSeal.seal(
                new ReceiptPdf(settings).render(named(r.request()), r.signed(), variant),
                r.signed().statement().sha256(), signer()::sign));
    }

    /** The request with the student's name, for printing and mail only. */
    ReceiptRequest named(ReceiptRequest r) {
        return ReceiptRequest.of(r.schoolName(), r.schoolCode(), r.studentId(), tx.studentName(r.studentId()),
                r.academicYear(), r.items(), r.issuedAt());
    }

    private ReceiptView view(Actor actor, IssuedReceipt r) {
        ReceiptRequest q = r.request();
        return view(actor, r, files.latestId(q.studentId(), q.academicYear().value()).map(r.id()::equals)
                .orElse(false));
    }

    private ReceiptView view(Actor actor, IssuedReceipt r, boolean latest) {
        ReceiptRequest q = r.request();
        Map<String, String> states = tx.itemStates(actor, q);
        String name = actor.isStudent(q.studentId()) ? null : tx.studentName(q.studentId());
        return new ReceiptView(r, latest ? ReceiptStates.of(states.values()) : "SUPERSEDED", states, name);
    }
}
