package tw.portfolio.archive.index.pdf;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the PDF fixtures under {@code src/test/resources/pdf}, once; the files are committed.
 * Run: {@code java -cp <test classpath> tw.portfolio.archive.index.pdf.PdfFixtureGenerator
 * index/src/test/resources/pdf [path/to/a-traditional-chinese.ttf]}. The Chinese fixture embeds a
 * subset of AR PL Mingti2L Big5 (Debian package fonts-arphic-bsmi00lp).
 */
public final class PdfFixtureGenerator {
    static final String LATIN_TEXT = "Hello volunteers: the archive keeps every learning portfolio.";
    static final String CHINESE_TEXT = "學習歷程檔案 志工服務 陳怡君";

    private PdfFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        byte[] hello = onePage(null, LATIN_TEXT, null);
        Files.write(out.resolve("hello-en.pdf"), hello);
        Files.write(out.resolve("truncated.pdf"), Arrays.copyOf(hello, hello.length / 3));
        Files.write(out.resolve("encrypted.pdf"), onePage(null, LATIN_TEXT, "secret"));
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 600; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(out.resolve("bomb-many-pages.pdf").toFile());
        }
        if (args.length > 1) {
            Files.write(out.resolve("hello-zh.pdf"), onePage(new File(args[1]), CHINESE_TEXT, null));
        }
    }

    /** One page of text in Helvetica, or in the embedded subset of {@code fontFile} when given. */
    private static byte[] onePage(File fontFile, String text, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont used = fontFile == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA) : PDType0Font.load(doc, fontFile);
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(used, 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
