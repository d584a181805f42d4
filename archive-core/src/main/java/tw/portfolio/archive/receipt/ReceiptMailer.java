package tw.portfolio.archive.receipt;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.lang.System.Logger.Level;
import java.util.Date;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Sends a student the receipt by e-mail (§9: leavers who cannot log in): a zh-TW message with the
 * receipt PDF and the signed JSON attached, through the injected {@link Session}. The log line
 * names only the student id and the statement reference, never the name or address.
 */
public final class ReceiptMailer {
    private static final System.Logger LOG = System.getLogger(ReceiptMailer.class.getName());
    static final String PDF_TYPE = "application/pdf";
    static final String JSON_TYPE = "application/json";

    private final Session session;
    private final ReceiptSettings settings;

    public ReceiptMailer(Session session, ReceiptSettings settings) {
        this.session = Objects.requireNonNull(session, "session");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Sends the receipt to {@code recipient}.
     *
     * @param pdf the PDF from {@link ReceiptPdf#render} for this receipt
     * @throws InvalidInputException when the recipient is not a valid address
     * @throws ReceiptDeliveryException when the mail server does not accept the message
     */
    public void send(ReceiptRequest request, SignedReceipt receipt, byte[] pdf, String recipient)
            throws ReceiptDeliveryException {
        InternetAddress to = recipientAddress(recipient);
        try {
            Transport.send(compose(request, receipt, pdf, to));
        } catch (MessagingException e) {
            throw new ReceiptDeliveryException("receipt " + receipt.statement().reference() + " for student "
                    + request.studentId() + " was not accepted by the mail server: " + e.getMessage(), e);
        }
        LOG.log(Level.INFO, "receipt {0} mailed to student {1}", receipt.statement().reference(), request.studentId());
    }

    MimeMessage compose(ReceiptRequest request, SignedReceipt receipt, byte[] pdf, InternetAddress to)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.mailFrom(), settings.senderName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject(request), "UTF-8");
        message.setSentDate(Date.from(request.issuedAt()));
        MimeBodyPart body = new MimeBodyPart();
        body.setText(body(request, receipt), "UTF-8");
        String base = attachmentBase(request);
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(body);
        parts.addBodyPart(attachment(pdf, PDF_TYPE, base + ".pdf"));
        parts.addBodyPart(attachment(receipt.json(), JSON_TYPE, base + ".json"));
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    static String subject(ReceiptRequest request) {
        return "【" + request.schoolName() + "】" + request.academicYear().value() + " 學年度學習歷程檔案收訖明細";
    }

    private String body(ReceiptRequest request, SignedReceipt receipt) {
        return request.studentDisplayName() + " 同學您好：\n\n"
                + "本校已提交您 " + request.academicYear().value() + " 學年度勾選的學習歷程檔案，"
                + "收到的項目與每個檔案的 SHA-256 數位指紋列於附件的收訖明細（PDF），"
                + "JSON 檔則是經學校金鑰簽章的同一份明細。\n\n"
                + "請核對明細，於 " + settings.replyWithinDays() + " 日內回覆本信：內容正確請回覆「確認收訖」；"
                + "如有錯誤，請說明哪一項有誤，本校將更正後重新提交並寄送新的明細。\n\n"
                + "參考碼：" + receipt.statement().reference() + "\n"
                + "簽章金鑰代碼：" + receipt.signature().keyId() + "\n\n"
                + request.schoolName() + " 註冊組\n";
    }

    static String attachmentBase(ReceiptRequest request) {
        return SafeNames.segment("receipt-" + request.academicYear().value() + "-" + request.studentId(), "receipt");
    }

    private static MimeBodyPart attachment(byte[] bytes, String type, String filename) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(filename);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /**
     * The recipient as a strict RFC 822 address.
     *
     * @throws InvalidInputException naming {@code recipient} when it is missing or not a valid address
     */
    public static InternetAddress recipientAddress(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw InvalidInputException.field("recipient", "an e-mail address is required");
        }
        try {
            InternetAddress address = new InternetAddress(recipient.strip(), true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw InvalidInputException.field("recipient", "is not a valid e-mail address");
        }
    }
}
