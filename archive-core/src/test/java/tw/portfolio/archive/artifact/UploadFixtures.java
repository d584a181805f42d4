package tw.portfolio.archive.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Uploads generated in memory, one per case the receiver must tell apart. */
final class UploadFixtures {
    static final byte[] PDF_HEADER = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] MP4_HEADER = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};
    /** An iPhone photo: an ISO media ftyp box with the HEIF brand {@code heic}. */
    static final byte[] HEIC_HEADER = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
    static final byte[] EXE_HEADER = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private UploadFixtures() {
    }

    /** A small PDF: a header, one page object, a trailer. */
    static byte[] helloPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code header}, then a repeating byte pattern, to exactly {@code size} bytes. */
    static byte[] sized(byte[] header, int size) {
        byte[] b = Arrays.copyOf(header, size);
        for (int i = header.length; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    /** A stream that hands out one byte per read call. */
    static InputStream trickling(byte[] content) {
        return new InputStream() {
            private int next;

            @Override
            public int read() {
                return next < content.length ? content[next++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= content.length) {
                    return -1;
                }
                if (len == 0) {
                    return 0;
                }
                b[off] = content[next++];
                return 1;
            }
        };
    }

    /** A PDF that never ends, counting what was read from it. */
    static final class EndlessPdf extends InputStream {
        long served;

        @Override
        public int read() {
            int v = served < PDF_HEADER.length ? PDF_HEADER[(int) served] & 0xFF : 'x';
            served++;
            return v;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }

    /** A connection that breaks after {@code goodBytes} bytes of a PDF. */
    static InputStream breakingAfter(int goodBytes) {
        byte[] good = sized(PDF_HEADER, goodBytes);
        return new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next >= good.length) {
                    throw new IOException("connection reset by peer");
                }
                return good[next++] & 0xFF;
            }
        };
    }
}
