package tw.portfolio.archive.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font receipts are set in: Noto Sans TC Regular, read from the classpath (the build puts
 * it there; see the NOTICE beside it), never from the operating system. Each document parses its
 * own copy and embeds only the glyphs it uses. Characters the font lacks are printed as □ instead
 * of failing the whole document.
 */
public final class ReceiptFont implements AutoCloseable {
    static final String RESOURCE = "font/NotoSansTC-Regular.ttf";
    private static final int MISSING = 0x25A1;

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final PDType0Font font;

    private ReceiptFont(TrueTypeFont ttf, PDType0Font font) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.font = font;
    }

    /** Loads the font for one document, to be embedded as a subset when the document is saved. */
    public static ReceiptFont loadFor(PDDocument document) {
        TrueTypeFont ttf = null;
        try {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.FONT));
            return new ReceiptFont(ttf, PDType0Font.load(document, ttf, true));
        } catch (IOException e) {
            if (ttf != null) {
                closeQuietly(ttf);
            }
            throw new UncheckedIOException("the receipt font could not be read", e);
        }
    }

    PDType0Font font() {
        return font;
    }

    /** The text with control characters removed and characters the font lacks shown as □. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(MISSING);
            }
        });
        return out.toString();
    }

    /** Width of {@code text} (already printable) in points at {@code size}. */
    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeQuietly(ttf);
    }

    private static void closeQuietly(TrueTypeFont ttf) {
        try {
            ttf.close();
        } catch (IOException ignored) {
            // a read-only in-memory font; nothing to recover
        }
    }

    /** The font file, read once per JVM. */
    private static final class Bytes {
        static final byte[] FONT = read();

        private static byte[] read() {
            try (InputStream in = ReceiptFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("receipt font missing from the classpath: "
                            + ReceiptFont.class.getPackageName().replace('.', '/') + "/" + RESOURCE
                            + " (archive-core's build copies it there)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("the receipt font could not be read", e);
            }
        }
    }
}
