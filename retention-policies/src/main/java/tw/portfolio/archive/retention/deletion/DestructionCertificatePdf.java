package tw.portfolio.archive.retention.deletion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.integrity.destruction.DestructionStatement;
import tw.portfolio.archive.receipt.PageFlow;
import tw.portfolio.archive.receipt.ReceiptFont;

/**
 * The destruction certificate (銷毀證明) as a PDF in Traditional Chinese, for the student or the
 * school's files: the pseudonym (the student's name is gone), the dates, the approvals by role, the
 * number and size of the files destroyed with each file's SHA-256, where the erasure reached, and the
 * signature with how to check it. Set in the receipts' Noto Sans TC, embedded as a subset.
 */
public final class DestructionCertificatePdf {
    private static final float TITLE = 18f;
    private static final float HEADING = 13f;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8f;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy 年 M 月 d 日 HH:mm");
    private static final Map<String, String> ROLES = Map.of("REGISTRAR", "註冊組", "ACADEMIC_ADMIN", "教務處");
    private static final Map<String, String> TARGETS = Map.of("DATABASE", "資料庫", "STORE", "檔案保存庫",
            "INDEX", "搜尋索引", "RECEIPTS", "收訖明細", "PACKAGES", "提交封包", "STAGING", "暫存區",
            "PSEUDONYM_KEY", "代碼金鑰", "REPLICA", "異地備份");
    private static final Map<String, String> STATES = Map.of("DONE", "已完成", "NOT_CONFIGURED", "未設置", "FAILED", "失敗");

    private DestructionCertificatePdf() {
    }

    /** Renders the certificate; {@code leafIndex} and {@code treeSize} are -1 while it is not anchored yet. */
    public static byte[] render(StoredCertificate certificate, ZoneId zone) {
        DestructionStatement s = certificate.statement();
        byte[] bytes = certificate.statementBytes();
        try (PDDocument document = new PDDocument(); ReceiptFont font = ReceiptFont.loadFor(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("學生學習歷程檔案銷毀證明 " + s.certificateId());
            info.setSubject("銷毀證明");
            try (PageFlow flow = new PageFlow(document, font, "銷毀證明　" + s.certificateId())) {
                flow.text("學生學習歷程檔案　銷毀證明", TITLE);
                flow.gap(6);
                flow.text("證明編號：" + s.certificateId(), BODY);
                flow.text("申請編號：" + s.requestId(), BODY);
                flow.text("依據：" + ("DISPOSITION".equals(s.basis()) ? "保存期限屆滿，由學校辦理銷毀"
                        : "當事人於封存後申請刪除"), BODY);
                flow.text("當事人代碼：" + s.subject() + "（姓名等個人資料已一併刪除，本證明僅以代碼識別）", BODY);
                flow.text("完成時間：" + TIME.format(s.completedAt().atZone(zone)) + "（" + zone.getId() + "）　"
                        + s.completedAt(), BODY);
                flow.rule();
                flow.text("核准紀錄", HEADING);
                for (DestructionStatement.Approval a : s.approvals()) {
                    flow.text(ROLES.getOrDefault(a.role(), a.role()) + "　" + ("APPROVE".equals(a.decision()) ? "核准" : "駁回")
                            + "　" + TIME.format(a.at().atZone(zone)) + "　帳號代碼 " + a.account(), BODY, 14);
                }
                flow.rule();
                long total = s.items().stream().mapToLong(DestructionStatement.Item::size).sum();
                flow.text("已銷毀檔案：" + s.items().size() + " 件，共 " + String.format("%,d", total) + " 位元組", HEADING);
                int n = 0;
                for (DestructionStatement.Item i : s.items()) {
                    flow.ensureSpace(30);
                    flow.text((++n) + ". 檔案編號 " + i.artifactId() + "（" + String.format("%,d", i.size()) + " 位元組）",
                            SMALL + 1, 14);
                    flow.text("SHA-256：" + i.sha256(), SMALL, 28);
                }
                flow.rule();
                flow.text("刪除範圍", HEADING);
                for (DestructionStatement.Confirmation c : s.confirmations()) {
                    flow.text(TARGETS.getOrDefault(c.target(), c.target()) + "（" + c.target() + "）："
                            + STATES.getOrDefault(c.state(), c.state()) + (c.detail().isEmpty() ? "" : "　" + c.detail()),
                            SMALL + 1, 14);
                }
                flow.rule();
                flow.ensureSpace(120);
                flow.text("學校數位簽章", HEADING);
                flow.text("金鑰代碼：" + certificate.signature().keyId() + "　演算法：" + certificate.signature().algorithm(),
                        SMALL);
                flow.text("簽章值（Base64）：" + certificate.signature().valueBase64(), SMALL);
                flow.text("聲明 SHA-256：" + Sha256.hexOf(bytes), SMALL);
                flow.text(certificate.leafIndex().isPresent()
                        ? "事件紀錄：第 " + certificate.leafIndex().getAsLong() + " 筆（已納入學校簽署的檢查點）"
                        : "事件紀錄：登錄中", SMALL);
                flow.text("簽章對象為 JSON 證明中 statement 欄位的標準化（RFC 8785）內容；以學校公開金鑰即可用 OpenSSL 或 "
                        + "archive-cli verify certificate 驗證本證明未經竄改。", SMALL);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the destruction certificate PDF could not be written", e);
        }
    }
}
