package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.receipt.MailSessions;
import tw.portfolio.archive.receipt.ReceiptDeliveryException;
import tw.portfolio.archive.receipt.ReceiptMailer;
import tw.portfolio.archive.receipt.ReceiptPdf;
import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.ReceiptSettings;

/**
 * Mails a receipt to a student who has left (§9): through the SMTP server configured under
 * {@code archive.mail.*}; without {@code archive.mail.host} (or {@code archive.mail.smtp.host})
 * it answers 503 {@code mail-unavailable}, and the printable letter remains.
 */
@ApplicationScoped
public class ReceiptMail {
    @Inject
    ReceiptApplication receipts;
    @Inject
    SubmissionApplication tx;
    @Inject
    ReceiptSettings settings;
    @Inject
    Config config;

    /**
     * Sends the receipt; returns the address it went to. The request is judged in this order, so that
     * the answer names what the caller can fix: who may mail (403), the recipient given (400), the
     * receipt (404), an address to send to (400), and only then whether a mail server is set (503).
     */
    public String send(Actor actor, String receiptId, String recipient) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the registrar mails receipts");
        }
        boolean given = recipient != null && !recipient.isBlank();
        if (given) {
            ReceiptMailer.recipientAddress(recipient);
        }
        IssuedReceipt r = receipts.get(actor, receiptId).receipt();
        String to = given ? recipient.strip()
                : tx.studentEmail(r.request().studentId()).orElseThrow(() -> InvalidInputException.field("recipient",
                        "the student has no e-mail address on record: give one"));
        Map<String, String> mail = mailConfig();
        if (!mail.containsKey("archive.mail.host") && !mail.containsKey("archive.mail.smtp.host")) {
            throw new ServiceUnavailableException("mail-unavailable",
                    "No mail server is configured (archive.mail.host); print the letter PDF for paper mail instead");
        }
        ReceiptRequest named = receipts.named(r.request());
        byte[] pdf = receipts.pdf(actor, receiptId, ReceiptPdf.Variant.STATEMENT);
        try {
            new ReceiptMailer(MailSessions.fromConfig(mail), settings).send(named, r.signed(), pdf, to);
        } catch (ReceiptDeliveryException e) {
            throw new ServiceUnavailableException("mail-failed", "The mail server did not accept the receipt: "
                    + e.getMessage());
        }
        return to;
    }

    private Map<String, String> mailConfig() {
        Map<String, String> m = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(MailSessions.PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> m.put(name, v));
            }
        }
        return m;
    }
}
