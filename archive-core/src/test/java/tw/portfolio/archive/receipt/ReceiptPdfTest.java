package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {
    /** Rendered pages are kept here so a person can look at them. */
    private static final Path PREVIEW = Path.of("target", "receipt-preview");

    private final ReceiptRequest request = ReceiptFixtures.request();
    private final SignedReceipt receipt = SignedReceipt.sign(ReceiptStatement.of(request), new ReceiptFixtures.TestSigner());
    private final ReceiptPdf pdf = new ReceiptPdf(ReceiptSettings.defaults());

    @Test
    void statementTextReadsBackInChineseWithEveryDigestAndTheSignature() throws IOException {
        String text = textOf(pdf.render(request, receipt, ReceiptPdf.Variant.STATEMENT));

        for (String expected : List.of("收訖明細", "陳怡君", "臺北市立示範女子高級中學", "數學建模：校園用電分析",
                "課程學習成果（2 件）", "多元表現（1 件）", "建模報告.pdf", "school-2026-01", "Ed25519",
                receipt.statement().sha256(), "2026-11-28 16:00")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
        }
        for (SubmittedItem item : request.items()) {
            for (SubmittedFile file : item.files()) {
                assertTrue(text.contains("SHA-256：" + file.sha256()), "digest of " + file.filename());
            }
        }
    }

    @Test
    void section9_leaversLetterAddressesTheStudentAndEndsWithAReplySlip() throws IOException {
        byte[] letter = pdf.render(request, receipt, ReceiptPdf.Variant.LETTER);
        String text = textOf(letter);

        assertTrue(text.contains("陳怡君 同學"), text);
        assertTrue(text.contains("14 日內"), text);
        assertTrue(text.contains("收訖明細回條"), text);
        assertTrue(text.contains("參考碼：" + receipt.statement().reference()), text);
        assertTrue(text.indexOf("收訖明細回條") > text.indexOf("學校數位簽章"), "the slip comes after the statement");
        try (PDDocument document = Loader.loadPDF(letter)) {
            assertTrue(document.getNumberOfPages() >= 2, "letter on its own page");
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetSoNoSystemFontIsNeeded() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(request, receipt, ReceiptPdf.Variant.LETTER))) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.getName().matches("^[A-Z]{6}\\+NotoSansTC.*"), "subset tag: " + font.getName());
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void theEmbeddedSubsetIsFarSmallerThanTheFont() {
        byte[] bytes = pdf.render(request, receipt, ReceiptPdf.Variant.STATEMENT);
        assertTrue(bytes.length < 500_000, "PDF of " + bytes.length + " bytes; the full font is over 7 MB");
    }

    @Test
    void charactersTheFontLacksPrintAsABoxInsteadOfFailing() throws IOException {
        SubmittedItem item = SubmittedItem.of("emoji", ItemKind.DIVERSE_PERFORMANCE, "志工服務 \uD83C\uDF89\u0007完成", "",
                "服務學習", List.of());
        ReceiptRequest odd = ReceiptFixtures.request(List.of(item));
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(odd), new ReceiptFixtures.TestSigner());
        String text = textOf(pdf.render(odd, signed, ReceiptPdf.Variant.STATEMENT));
        assertTrue(text.contains("志工服務 □ 完成"), text);
    }

    @Test
    void longSubmissionsFlowOntoMorePagesWithWrappedLines() throws IOException {
        List<SubmittedItem> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(ReceiptFixtures.outcome("o-" + i, "很長的標題".repeat(20) + i,
                    ReceiptFixtures.file("報告" + i + ".pdf", "application/pdf", "bytes " + i)));
        }
        ReceiptRequest big = ReceiptFixtures.request(many);
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(big), new ReceiptFixtures.TestSigner());
        byte[] bytes = pdf.render(big, signed, ReceiptPdf.Variant.STATEMENT);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() > 3, "pages: " + document.getNumberOfPages());
        }
        String text = textOf(bytes);
        assertTrue(text.contains("第 1 頁") && text.contains("第 4 頁"), "page footers");
        for (int i = 0; i < 30; i++) {
            assertTrue(text.contains("報告" + i + ".pdf"), "file " + i);
        }
    }

    @Test
    void aSealedReceiptStillOpensAndVerifiesWithItsStatement() throws IOException {
        tw.portfolio.archive.integrity.crypto.SigningKey school =
                tw.portfolio.archive.integrity.crypto.SigningKey.generate(new java.security.SecureRandom());
        SignedReceipt signed = SignedReceipt.sign(ReceiptStatement.of(request), school::sign);
        byte[] sealed = tw.portfolio.archive.integrity.receipt.ReceiptSeal.seal(
                pdf.render(request, signed, ReceiptPdf.Variant.STATEMENT), signed.statement().sha256(), school::sign);

        assertTrue(textOf(sealed).contains("收訖明細"), "PDFBox reads the sealed PDF");
        List<tw.portfolio.archive.integrity.crypto.NamedCheck> checks = tw.portfolio.archive.integrity.receipt
                .ReceiptVerifier.verify(sealed, signed.json(), List.of(school.publicKey()));
        assertTrue(tw.portfolio.archive.integrity.crypto.NamedCheck.allValid(checks), checks.toString());
    }

    @Test
    void aReceiptSignedForAnotherRequestIsRefused() {
        ReceiptRequest other = ReceiptFixtures.request(ReceiptFixtures.items().subList(0, 1));
        assertThrows(IllegalArgumentException.class, () -> pdf.render(other, receipt, ReceiptPdf.Variant.STATEMENT));
    }

    @Test
    void pageOneRasterisesToVisibleInk() throws Exception {
        assumeTrue(onPath("pdftoppm"), "pdftoppm is not installed");
        Files.createDirectories(PREVIEW);
        for (ReceiptPdf.Variant variant : ReceiptPdf.Variant.values()) {
            String base = "receipt-" + variant.name().toLowerCase(java.util.Locale.ROOT);
            Path pdfFile = PREVIEW.resolve(base + ".pdf");
            Files.write(pdfFile, pdf.render(request, receipt, variant));
            Process process = new ProcessBuilder("pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "3",
                    pdfFile.toString(), PREVIEW.resolve(base).toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
            assertEquals(0, process.exitValue(), output);
            assertFalse(output.contains("Syntax Error"), output);
            File page1 = PREVIEW.resolve(base + "-1.png").toFile();
            double ink = inkShare(ImageIO.read(page1));
            assertTrue(ink > 0.01 && ink < 0.5, variant + " page 1 ink share " + ink);
        }
    }

    private static double inkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String textOf(byte[] pdfBytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
