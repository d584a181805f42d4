package tw.portfolio.archive.web.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as it arrives, one part at a time: each part's
 * body is a stream that ends at the next boundary, so an upload goes from the socket to its
 * consumer (hashing and staging in the data directory) without being buffered anywhere else. The
 * multipart reader of the JAX-RS runtime first copies every part over 4 KiB to a temporary file in
 * {@code java.io.tmpdir}: a second write and read of each upload, and a student's file outside the
 * data directory, left behind by a crash.
 *
 * <p>Everything in the body is hostile until checked: a part's headers are at most
 * {@value #MAX_HEADER_BYTES} bytes, a form has at most {@value #MAX_PARTS} parts, what comes before
 * the first boundary at most {@value #MAX_PREAMBLE} bytes, and a body that
 * ends before its closing boundary, or that breaks the syntax, is an {@link InvalidInputException}
 * (a 400 problem) thrown from whichever read found it.
 */
public final class MultipartForm {
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final int MAX_PARTS = 16;
    static final int MAX_PREAMBLE = 8 * 1024;
    /** RFC 2046 §5.1.1: a boundary is 1 to 70 characters. */
    private static final int MAX_BOUNDARY = 70;
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    /** CR LF "--" boundary: what ends a part (the first one is preceded by a virtual CR LF). */
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean finished;
    /** How many bytes from {@code pos} on a search has already shown to be part data, not a delimiter. */
    private int known;
    private int parts;
    private PartBody current;

    private MultipartForm(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The body starts with "--boundary" (or a preamble ending in CR LF before it): a virtual
        // CR LF in front lets one search find the first delimiter like every other.
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
    }

    /** Reads {@code body}, sent with {@code contentType}, which must name a valid boundary. */
    public static MultipartForm of(String contentType, InputStream body) {
        return new MultipartForm(body, boundary(contentType));
    }

    /** One part: its form field name, the file name if it is a file, and its bytes (read once). */
    public record Part(String name, String filename, InputStream body) {
        /** The part as text (UTF-8), refused when longer than {@code maxBytes}. */
        public String text(int maxBytes) throws IOException {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw InvalidInputException.field(name, "is too long (at most " + maxBytes + " bytes)");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * The next part, after skipping whatever the previous one's reader left unread; null after the
     * closing boundary.
     */
    public Part next() throws IOException {
        if (current != null) {
            current.skipRest();
            current = null;
        } else if (parts == 0) {
            skipPreamble();
        }
        if (finished) {
            return null;
        }
        if (++parts > MAX_PARTS) {
            throw malformed("has more than " + MAX_PARTS + " parts");
        }
        Headers headers = readHeaders();
        current = new PartBody();
        return new Part(headers.name, headers.filename, current);
    }

    /** The {@code boundary} parameter of a {@code multipart/form-data} media type. */
    static String boundary(String contentType) {
        if (contentType == null) {
            throw malformed("has no Content-Type");
        }
        String[] params = contentType.split(";", -1); // -1: ";" alone is two empty parameters, not none
        if (!params[0].strip().equalsIgnoreCase("multipart/form-data")) {
            throw malformed("is not multipart/form-data");
        }
        for (int i = 1; i < params.length; i++) {
            String p = params[i].strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.isEmpty() || value.length() > MAX_BOUNDARY || !value.chars().allMatch(MultipartForm::bchar)
                        || value.endsWith(" ")) {
                    throw malformed("has a boundary that RFC 2046 does not allow");
                }
                return value;
            }
        }
        throw malformed("has no boundary parameter");
    }

    /** RFC 2046 bchars. */
    private static boolean bchar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || "'()+_,-./:=? ".indexOf(c) >= 0;
    }

    private static InvalidInputException malformed(String what) {
        return new InvalidInputException("The multipart/form-data body " + what);
    }

    // ---- the delimiter search over the buffer

    /** Reads until {@code want} bytes are buffered after {@code pos} or the input ends. */
    private void fill(int want) throws IOException {
        if (limit - pos >= want || eof) {
            return;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        while (limit - pos < want && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    /** The index of the delimiter in {@code buf[from, limit)}, or -1. */
    private int find(int from) {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int k = 1; k < delimiter.length; k++) {
                if (buf[i + k] != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Skips what comes before the first boundary: nothing from browsers and curl, at most {@value #MAX_PREAMBLE} bytes. */
    private void skipPreamble() throws IOException {
        fill(2 + MAX_PREAMBLE + delimiter.length);
        int at = find(pos);
        if (at < 0 && eof) {
            throw malformed("holds no part (no boundary line)");
        }
        if (at < 0 || at > 2 + MAX_PREAMBLE) {
            throw malformed("has more than " + MAX_PREAMBLE + " bytes before its first boundary");
        }
        pos = at + delimiter.length;
        afterDelimiter();
    }

    /** After a delimiter: "--" ends the form; otherwise optional white space, then CR LF. */
    private void afterDelimiter() throws IOException {
        fill(2);
        if (limit - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
            pos += 2;
            finished = true;
            return;
        }
        while (true) {
            fill(2);
            if (limit - pos < 2) {
                throw malformed("ends inside a boundary line");
            }
            if (buf[pos] == ' ' || buf[pos] == '\t') {
                pos++;
            } else if (buf[pos] == '\r' && buf[pos + 1] == '\n') {
                pos += 2;
                return;
            } else {
                throw malformed("has text after a boundary");
            }
        }
    }

    // ---- part headers

    private record Headers(String name, String filename) {
    }

    private Headers readHeaders() throws IOException {
        String name = null;
        String filename = null;
        int used = 0;
        while (true) {
            byte[] line = readLine(MAX_HEADER_BYTES - used);
            used += line.length + 2;
            if (line.length == 0) {
                break;
            }
            String header = headerText(line);
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw malformed("has a part header without a name");
            }
            if (header.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                FormDisposition d = FormDisposition.parse(header.substring(colon + 1));
                if (d == null) {
                    throw malformed("has a part whose Content-Disposition is not form-data with a name");
                }
                name = d.name();
                filename = d.filename();
            }
        }
        if (name == null) {
            throw malformed("has a part without Content-Disposition: form-data; name=...");
        }
        return new Headers(name, filename);
    }

    /** One header line without its CR LF, refused when longer than {@code max} bytes. */
    private byte[] readLine(int max) throws IOException {
        int i = pos;
        while (true) {
            if (i + 1 >= limit) {
                if (eof) {
                    throw malformed("ends inside a part's headers");
                }
                int scanned = i - pos;
                fill(limit - pos + 1);
                i = pos + scanned;
                continue;
            }
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                byte[] line = Arrays.copyOfRange(buf, pos, i);
                pos = i + 2;
                return line;
            }
            if (i - pos >= max) {
                throw malformed("has part headers longer than " + MAX_HEADER_BYTES + " bytes");
            }
            i++;
        }
    }

    /**
     * Header bytes as text: UTF-8, as browsers and curl send a file name (RFC 7578 §4.2 allows it);
     * bytes that are not UTF-8 are read as ISO-8859-1, the HTTP default, so no name is refused for it.
     */
    static String headerText(byte[] bytes) {
        String utf8 = FormDisposition.utf8(bytes);
        return utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    // ---- a part's body

    /** The bytes of the current part up to the next delimiter. */
    private final class PartBody extends InputStream {
        private final byte[] one = new byte[1];
        private boolean done;

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done || current != this) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            if (known > 0) {
                return take(b, off, len);
            }
            while (true) {
                fill(delimiter.length + 1);
                int at = find(pos);
                int safe;
                if (at >= 0) {
                    safe = at - pos;
                } else if (eof) {
                    throw malformed("ends before its closing boundary");
                } else {
                    // bytes that could begin a delimiter stay until more input shows what they are
                    safe = limit - pos - delimiter.length + 1;
                }
                if (safe > 0) {
                    known = safe;
                    return take(b, off, len);
                }
                if (at == pos) {
                    pos += delimiter.length;
                    done = true;
                    afterDelimiter();
                    return -1;
                }
                fill(limit - pos + 1);
            }
        }

        /** Copies out bytes already known to be data, without searching them again. */
        private int take(byte[] b, int off, int len) {
            int n = Math.min(len, known);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            known -= n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] skip = new byte[8192];
            while (read(skip, 0, skip.length) >= 0) {
                // discard
            }
        }
    }
}
