package tw.portfolio.archive.web.fixity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF summary of one audit run: what was checked, the outcome, and every failure named with
 * artifact, path, expected and actual. Set in the Noto Sans TC font the receipts use (from the
 * classpath, embedded as a subset). Long values wrap; pages break as needed.
 */
final class AuditReportPdf {
    static final String FONT = "tw/portfolio/archive/receipt/font/NotoSansTC-Regular.ttf";
    static final int MAX_FAILURES = 500;
    private static final float MARGIN = 50;
    private static final float SIZE = 9;
    private static final float LEADING = 12.5f;
    private static final int WRAP = 100;

    private AuditReportPdf() {
    }

    static byte[] render(AuditRun run, List<AuditFailure> failures, String keyId) {
        List<String> lines = new ArrayList<>();
        lines.add("固定性稽核報告 Fixity audit report");
        lines.add("");
        lines.add("Audit: " + run.id() + " (" + run.kind() + ")");
        lines.add("State: " + run.state() + (run.note() == null ? "" : " — " + run.note()));
        lines.add("Started: " + run.startedAt() + "   Finished: " + run.finishedAt());
        lines.add("Checked: " + run.objectsChecked() + " objects, " + run.filesChecked() + " files, "
                + run.bytesChecked() + " bytes; every artifact row against its signed statement and ingestion leaf; "
                + "the event log against every signed checkpoint.");
        lines.add("Failures: " + run.failureCount() + (run.failureCount() == 0 ? " — 全部通過 all passed" : ""));
        lines.add("Signed by school key " + keyId + " (Ed25519, detached signature of these PDF bytes).");
        int n = 0;
        for (AuditFailure f : failures) {
            if (n++ == MAX_FAILURES) {
                lines.add("");
                lines.add("… " + (run.failureCount() - MAX_FAILURES) + " more failures in the API response");
                break;
            }
            lines.add("");
            lines.add(n + ". " + f.kind() + " " + f.subject());
            if (f.objectId() != null) {
                lines.add("   object: " + f.objectId());
            }
            lines.add("   path: " + f.path());
            lines.add("   expected: " + f.expected());
            lines.add("   actual: " + f.actual());
            lines.add("   detected: " + f.detectedAt() + "   last good: " + (f.lastGoodAt() == null ? "never seen"
                    : f.lastGoodAt()));
        }
        return write(wrap(lines));
    }

    private static List<String> wrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line.replaceAll("\\p{Cntrl}", " ");
            while (rest.length() > WRAP) {
                out.add(rest.substring(0, WRAP));
                rest = "      " + rest.substring(WRAP);
            }
            out.add(rest);
        }
        return out;
    }

    private static byte[] write(List<String> lines) {
        try (PDDocument doc = new PDDocument(); InputStream fontFile = AuditReportPdf.class.getClassLoader()
                .getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("report font missing from the classpath: " + FONT);
            }
            PDType0Font font = PDType0Font.load(doc, fontFile, true);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.setLeading(LEADING);
                    cs.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.showText(printable(font, line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit report could not be written", e);
        }
    }

    private static String printable(PDType0Font font, String line) {
        StringBuilder sb = new StringBuilder();
        line.codePoints().forEach(cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                sb.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
