package tw.portfolio.archive.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a signed receipt as a PDF in Traditional Chinese: every item with each file's name,
 * size and SHA-256, then the signature and key id. The {@link Variant#LETTER} variant, for
 * students who have left and cannot log in (§9), adds a covering letter and a reply slip the
 * student returns by post and the registrar records. The CJK font is embedded as a subset, so
 * the PDF reads the same on a machine with no CJK fonts.
 */
public final class ReceiptPdf {
    private static final float TITLE = 18f;
    private static final float HEADING = 13f;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy 年 M 月 d 日");

    private final ReceiptSettings settings;

    public ReceiptPdf(ReceiptSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Which document to print. */
    public enum Variant {
        /** The statement on its own, for students who can log in or receive it by e-mail. */
        STATEMENT,
        /** Letter, statement and reply slip, for paper mail to a student who has left. */
        LETTER
    }

    /** Renders the PDF; {@code receipt} must be the signed statement of {@code request}. */
    public byte[] render(ReceiptRequest request, SignedReceipt receipt, Variant variant) {
        if (!receipt.statement().equals(ReceiptStatement.of(request))) {
            throw new IllegalArgumentException("the signed receipt is not the statement of this request");
        }
        try (PDDocument document = new PDDocument(); ReceiptFont font = ReceiptFont.loadFor(document)) {
            describe(document, request);
            try (PageFlow flow = new PageFlow(document, font, request.schoolName() + "　收訖明細　參考碼 "
                    + receipt.statement().reference())) {
                if (variant == Variant.LETTER) {
                    letter(flow, request);
                    flow.newPage();
                }
                statement(flow, request, receipt);
                if (variant == Variant.LETTER) {
                    replySlip(flow, request, receipt);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt PDF could not be written", e);
        }
    }

    private static void describe(PDDocument document, ReceiptRequest request) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("學生學習歷程檔案收訖明細 " + request.academicYear().value() + " 學年度");
        info.setAuthor(request.schoolName());
        info.setSubject("收訖明細");
    }

    private void letter(PageFlow flow, ReceiptRequest request) {
        flow.text(request.schoolName(), HEADING);
        flow.gap(18);
        flow.text(request.studentDisplayName() + " 同學　收", HEADING);
        flow.text("日期：" + DATE.format(request.issuedAt().atZone(settings.zone())), BODY);
        flow.gap(14);
        flow.text("主旨：" + request.academicYear().value() + " 學年度學生學習歷程檔案收訖明細，請確認後回覆。", BODY);
        flow.gap(8);
        flow.text("一、您於 " + request.academicYear().value() + " 學年度勾選提交的學習歷程檔案，本校已彙整提交，"
                + "收到的項目與每個檔案的數位指紋（SHA-256）列於附件「收訖明細」。", BODY, 12);
        flow.text("二、因您已離校，無法登入學習歷程檔案平台確認，請核對明細後，於收到本函 "
                + settings.replyWithinDays() + " 日內填寫末頁回條，郵寄或以電子郵件回覆本校註冊組。", BODY, 12);
        flow.text("三、如明細與您提交的內容不符，請於回條說明，本校將更正後重新提交並寄送新的收訖明細。", BODY, 12);
        flow.gap(24);
        flow.text(request.schoolName() + "　註冊組　敬啟", BODY);
    }

    private void statement(PageFlow flow, ReceiptRequest request, SignedReceipt receipt) {
        flow.text(request.schoolName(), HEADING);
        flow.text("學生學習歷程檔案　收訖明細", TITLE);
        flow.gap(6);
        flow.text("學年度：" + request.academicYear().value() + "　學校代碼：" + request.schoolCode().value(), BODY);
        flow.text("學生：" + request.studentDisplayName() + "（代碼 " + request.studentId() + "）", BODY);
        flow.text("開立時間：" + TIME.format(request.issuedAt().atZone(settings.zone())) + "（" + settings.zone().getId()
                + "）　" + request.issuedAt(), BODY);
        flow.text("參考碼：" + receipt.statement().reference(), BODY);
        flow.rule();
        List<PayloadLayout.Entry> entries = PayloadLayout.of(request).entries();
        for (ItemKind kind : ItemKind.values()) {
            List<PayloadLayout.Entry> ofKind = entries.stream().filter(e -> e.item().kind() == kind).toList();
            flow.gap(6);
            flow.text(kind.label() + "（" + ofKind.size() + " 件）", HEADING);
            int number = 0;
            for (PayloadLayout.Entry entry : ofKind) {
                item(flow, ++number, entry.item());
            }
        }
        flow.rule();
        signature(flow, receipt);
    }

    private static void item(PageFlow flow, int number, SubmittedItem item) {
        flow.ensureSpace(80);
        flow.gap(4);
        flow.text(number + ". " + item.title(), BODY);
        String where = item.kind() == ItemKind.COURSE_OUTCOME ? "課程：" : "類別：";
        flow.text(where + item.courseOrCategory() + "　項目編號：" + item.itemId(), SMALL + 1, 14);
        if (!item.description().isBlank()) {
            flow.text("簡述：" + item.description(), SMALL + 1, 14);
        }
        for (SubmittedFile file : item.files()) {
            flow.text("檔案：" + file.filename() + "（" + file.mediaType() + "，" + String.format("%,d", file.size())
                    + " 位元組）", SMALL + 1, 14);
            flow.text("SHA-256：" + file.sha256(), SMALL, 28);
        }
    }

    private static void signature(PageFlow flow, SignedReceipt receipt) {
        flow.ensureSpace(110);
        flow.text("學校數位簽章", HEADING);
        flow.text("金鑰代碼：" + receipt.signature().keyId() + "　演算法：" + receipt.signature().algorithm(), BODY);
        flow.text("簽章值（Base64）：" + receipt.signature().valueBase64(), SMALL);
        flow.text("明細 SHA-256：" + receipt.statement().sha256(), SMALL);
        flow.text("簽章對象為隨附 JSON 檔中 statement 的標準化（canonical）內容；以學校公開金鑰即可驗證本明細未經竄改。", SMALL);
    }

    private static void replySlip(PageFlow flow, ReceiptRequest request, SignedReceipt receipt) {
        flow.newPage();
        flow.text("收訖明細回條", TITLE);
        flow.text("請填寫後將本頁郵寄回" + request.schoolName() + "註冊組，或拍照以電子郵件回覆。", SMALL + 1);
        flow.rule();
        flow.text("學校：" + request.schoolName() + "（" + request.schoolCode().value() + "）　學年度："
                + request.academicYear().value(), BODY);
        flow.text("學生代碼：" + request.studentId() + "　參考碼：" + receipt.statement().reference(), BODY);
        flow.gap(8);
        flow.text("□ 明細內容正確，確認收訖。", BODY);
        flow.text("□ 明細內容有誤，說明：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", BODY);
        flow.text("＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", BODY, 14);
        flow.gap(10);
        flow.text("學生簽名：＿＿＿＿＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日", BODY);
        flow.gap(14);
        flow.rule();
        flow.text("以下由註冊組填寫：收件日期＿＿＿＿＿＿　登錄人＿＿＿＿＿＿　已登錄於平台 □", SMALL + 1);
    }
}
