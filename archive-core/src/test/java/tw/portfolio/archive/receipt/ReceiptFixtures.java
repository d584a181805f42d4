package tw.portfolio.archive.receipt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.integrity.crypto.SignatureValue;
import tw.portfolio.archive.student.SchoolCode;

/** Test data for receipts: one student, two outcomes and one diverse-performance item. */
final class ReceiptFixtures {
    static final String STUDENT_NAME = "陳怡君";
    static final String SCHOOL_NAME = "臺北市立示範女子高級中學";
    static final Instant ISSUED_AT = Instant.parse("2026-11-28T08:00:00Z");

    private ReceiptFixtures() {
    }

    static SubmittedFile file(String name, String mediaType, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return SubmittedFile.of(name, mediaType, bytes.length, sha256(bytes), FileContent.ofBytes(bytes));
    }

    static SubmittedItem outcome(String id, String title, SubmittedFile... files) {
        return SubmittedItem.of(id, ItemKind.COURSE_OUTCOME, title, "以實驗數據說明光的折射", "物理（部定必修）", List.of(files));
    }

    static List<SubmittedItem> items() {
        return List.of(
                outcome("outcome-2", "光的折射實驗報告", file("折射報告.pdf", "application/pdf", "%PDF-1.7 refraction")),
                SubmittedItem.of("diverse-1", ItemKind.DIVERSE_PERFORMANCE, "全國高中英語演講比賽 第二名", "代表學校參賽",
                        "競賽", List.of(file("獎狀.jpg", "image/jpeg", "jpeg award bytes"))),
                outcome("outcome-1", "數學建模：校園用電分析",
                        file("建模報告.pdf", "application/pdf", "%PDF-1.7 modelling"),
                        file("資料.png", "image/png", "png chart bytes")));
    }

    static ReceiptRequest request(List<SubmittedItem> items) {
        return ReceiptRequest.of(SCHOOL_NAME, SchoolCode.of("313302"), "S-7f3a", STUDENT_NAME, AcademicYear.of(115),
                items, ISSUED_AT);
    }

    static ReceiptRequest request() {
        return request(items());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 signer over a fresh key, standing in for the school key. */
    static final class TestSigner implements ReceiptSigner {
        private final KeyPair keys;

        TestSigner() {
            try {
                keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public SignatureValue sign(byte[] message) {
            try {
                Signature signature = Signature.getInstance("Ed25519");
                signature.initSign(keys.getPrivate());
                signature.update(message);
                return SignatureValue.of("school-2026-01", "Ed25519", signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        PublicKey publicKey() {
            return keys.getPublic();
        }

        boolean verifies(byte[] message, byte[] signatureBytes) throws GeneralSecurityException {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(keys.getPublic());
            signature.update(message);
            return signature.verify(signatureBytes);
        }
    }
}
