package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Lays text down A4 pages top to bottom: wraps lines to the text width (between any two CJK
 * characters, at spaces for Latin words), starts a new page when the current one is full and
 * prints a footer on each page.
 */
public final class PageFlow implements AutoCloseable {
    static final float MARGIN = 56f;
    private static final float LEADING = 1.45f;
    /** Punctuation that must not begin a line; it hangs at the end of the previous one instead. */
    private static final String NO_LINE_START = "，。、；：？！）」』》〉】．,.;:?!)";

    private final PDDocument document;
    private final ReceiptFont font;
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pageNumber;

    public PageFlow(PDDocument document, ReceiptFont font, String footer) {
        this.document = document;
        this.font = font;
        this.footer = font.printable(footer);
        newPage();
    }

    /** Writes wrapped text at {@code size}, indented by {@code indent} points. */
    public void text(String text, float size, float indent) {
        for (String line : wrap(font.printable(text), size, width() - indent)) {
            ensureSpace(size * LEADING);
            y -= size * LEADING;
            show(line, size, MARGIN + indent, y);
        }
    }

    public void text(String text, float size) {
        text(text, size, 0);
    }

    /** Vertical space. */
    public void gap(float points) {
        y -= points;
    }

    /** A horizontal rule across the text width. */
    public void rule() {
        ensureSpace(12);
        y -= 6;
        try {
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width(), y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    /** Moves to a new page unless {@code points} still fit on this one. */
    public void ensureSpace(float points) {
        if (y - points < MARGIN + 20) {
            newPage();
        }
    }

    public void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pageNumber++;
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        show(footer + "　第 " + pageNumber + " 頁", 8, MARGIN, MARGIN - 16);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void show(String line, float size, float x, float baseline) {
        try {
            content.beginText();
            content.setFont(font.font(), size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            boolean closing = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0 && line.length() > 0;
            if (closing || font.width(line + token, size) <= maxWidth) {
                line.append(token);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            String rest = token.stripLeading();
            while (font.width(rest, size) > maxWidth) {
                int cut = fittingPrefix(rest, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Latin words (with the spaces before them) stay whole; every CJK character is its own token. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && text.charAt(i) >= 0x2E80) {
                i += Character.charCount(text.codePointAt(i));
            } else {
                while (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) < 0x2E80) {
                    i++;
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private int fittingPrefix(String text, float size, float maxWidth) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (font.width(text.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        closeContent();
    }
}
