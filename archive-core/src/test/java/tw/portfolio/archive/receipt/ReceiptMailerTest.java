package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.portfolio.archive.error.InvalidInputException;

class ReceiptMailerTest {
    /** A real SMTP server, bound to loopback on a free port. */
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private final ReceiptRequest request = ReceiptFixtures.request();
    private final SignedReceipt receipt = SignedReceipt.sign(ReceiptStatement.of(request), new ReceiptFixtures.TestSigner());
    private final byte[] pdf = new ReceiptPdf(ReceiptSettings.defaults()).render(request, receipt, ReceiptPdf.Variant.STATEMENT);

    @Test
    void section9_receiptArrivesWithAChineseSubjectAndBothAttachmentsIntact() throws Exception {
        ReceiptMailer mailer = new ReceiptMailer(loopbackSession(SMTP.getSmtp().getPort()), ReceiptSettings.defaults());

        mailer.send(request, receipt, pdf, "leaver@example.org");

        assertTrue(SMTP.waitForIncomingEmail(1));
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertEquals("【臺北市立示範女子高級中學】115 學年度學習歷程檔案收訖明細", message.getSubject());
        assertEquals(new InternetAddress("leaver@example.org"), message.getAllRecipients()[0]);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals(ReceiptSettings.DEFAULT_MAIL_FROM, from.getAddress());
        assertEquals(ReceiptSettings.DEFAULT_SENDER_NAME, from.getPersonal());

        Map<String, Part> attachments = new HashMap<>();
        String body = null;
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachments.put(part.getFileName(), part);
            } else {
                body = (String) part.getContent();
            }
        }
        assertEquals(2, attachments.size(), attachments.keySet().toString());
        Part pdfPart = attachments.get("receipt-115-S-7f3a.pdf");
        Part jsonPart = attachments.get("receipt-115-S-7f3a.json");
        assertTrue(pdfPart.isMimeType("application/pdf"));
        assertTrue(jsonPart.isMimeType("application/json"));
        assertEquals(ReceiptFixtures.sha256(pdf), ReceiptFixtures.sha256(bytes(pdfPart)));
        assertArrayEquals(receipt.json(), bytes(jsonPart));
        assertTrue(body.startsWith("陳怡君 同學您好"), body);
        assertTrue(body.contains("參考碼：" + receipt.statement().reference()), body);
    }

    @Test
    void anInvalidRecipientIsRejectedBeforeAnythingIsSent() {
        ReceiptMailer mailer = new ReceiptMailer(loopbackSession(SMTP.getSmtp().getPort()), ReceiptSettings.defaults());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> mailer.send(request, receipt, pdf, "not an address"));
        assertEquals("recipient", e.fieldErrors().get(0).field());
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    @Test
    void aMailServerThatCannotBeReachedIsReportedAsNotDelivered() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ReceiptMailer mailer = new ReceiptMailer(loopbackSession(closedPort), ReceiptSettings.defaults());
        ReceiptDeliveryException e = assertThrows(ReceiptDeliveryException.class,
                () -> mailer.send(request, receipt, pdf, "leaver@example.org"));
        assertTrue(e.getMessage().startsWith("receipt " + receipt.statement().reference()
                + " for student S-7f3a was not accepted by the mail server"), e.getMessage());
        assertFalse(e.getMessage().contains(ReceiptFixtures.STUDENT_NAME));
        assertTrue(e.getCause() instanceof jakarta.mail.MessagingException);
    }

    private static Session loopbackSession(int port) {
        return MailSessions.fromConfig(Map.of("archive.mail.smtp.host", "127.0.0.1",
                "archive.mail.smtp.port", Integer.toString(port),
                "archive.mail.smtp.connectiontimeout", "5000", "archive.mail.smtp.timeout", "5000"));
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
