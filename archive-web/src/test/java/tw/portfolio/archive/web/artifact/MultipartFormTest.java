package tw.portfolio.archive.web.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.InvalidInputException;

class MultipartFormTest {
    private static final String B = "----test7MA4YWxkTrZu0gW";
    private static final String TYPE = "multipart/form-data; boundary=" + B;

    /** What a parsed part held. */
    private record Read(String name, String filename, byte[] bytes) {
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : pieces) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] filePart(String disposition, byte[] content) {
        return join(ascii("--" + B + "\r\nContent-Disposition: " + disposition
                + "\r\nContent-Type: application/pdf\r\n\r\n"), content, ascii("\r\n"));
    }

    private static byte[] textPart(String name, String value) {
        return ascii("--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static byte[] end() {
        return ascii("--" + B + "--\r\n");
    }

    /** Hands out at most {@code step} bytes per read, so every delimiter straddles reads somewhere. */
    private static InputStream trickle(byte[] body, int step) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static List<Read> readAll(InputStream body) throws IOException {
        MultipartForm form = MultipartForm.of(TYPE, body);
        List<Read> parts = new ArrayList<>();
        for (MultipartForm.Part p; (p = form.next()) != null;) {
            parts.add(new Read(p.name(), p.filename(), p.body().readAllBytes()));
        }
        return parts;
    }

    @Test
    void aFileAndTextPartsComeOutExactlyInTheirOrder() throws IOException {
        byte[] pdf = ascii("%PDF-1.7\r\n--" + B.substring(0, 10) + "\r\n-- not a boundary\r\n%%EOF");
        byte[] body = join(textPart("title", "學習成果"), filePart("form-data; name=\"file\"; filename=\"a.pdf\"", pdf),
                textPart("sha256", "ab"), end());
        List<Read> parts = readAll(new ByteArrayInputStream(body));
        assertEquals(3, parts.size());
        assertEquals("title", parts.get(0).name());
        assertEquals("學習成果", new String(parts.get(0).bytes(), StandardCharsets.UTF_8));
        assertNull(parts.get(0).filename());
        assertEquals("file", parts.get(1).name());
        assertEquals("a.pdf", parts.get(1).filename());
        assertArrayEquals(pdf, parts.get(1).bytes());
        assertEquals("ab", new String(parts.get(2).bytes(), StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "read {0} byte(s) at a time")
    @ValueSource(ints = {1, 2, 3, 7, 41, 8192, 70000})
    void aLargeBinaryFileSurvivesAnyReadSize(int step) throws IOException {
        byte[] content = new byte[300_000];
        new Random(step).nextBytes(content);
        // plant near-delimiters: a CR LF and dashes followed by most of the boundary
        byte[] near = ascii("\r\n--" + B.substring(0, B.length() - 1));
        for (int at = 1000; at < content.length - near.length; at += 65_531) {
            System.arraycopy(near, 0, content, at, near.length);
        }
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"big.bin\"", content), end());
        List<Read> parts = readAll(trickle(body, step));
        assertEquals(1, parts.size());
        assertArrayEquals(content, parts.get(0).bytes());
    }

    @Test
    void aPreambleTransportPaddingAndAnEpilogueAreIgnored() throws IOException {
        byte[] body = join(ascii("This is a preamble.\r\n"), ascii("--" + B + " \t\r\n"),
                ascii("Content-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n"), end(), ascii("epilogue"));
        List<Read> parts = readAll(new ByteArrayInputStream(body));
        assertEquals(1, parts.size());
        assertEquals("x", new String(parts.get(0).bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void aPartLeftUnreadIsSkippedByTheNext() throws IOException {
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"a.pdf\"", new byte[100_000]),
                textPart("title", "t"), end());
        MultipartForm form = MultipartForm.of(TYPE, new ByteArrayInputStream(body));
        MultipartForm.Part file = form.next();
        assertEquals(5, file.body().read(new byte[5]));
        MultipartForm.Part title = form.next();
        assertEquals("t", title.text(10));
        assertEquals(-1, file.body().read(), "a part passed over reads as ended");
        assertNull(form.next());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"學習成果報告.pdf", "café.png", "\uD842\uDFB7\uD83D\uDCDA.mp4", "報告 第一版 (2).pdf"})
    void aFileNameSentAsRawUtf8IsReadAsTyped(String typed) throws IOException {
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"" + typed + "\"", ascii("x")), end());
        assertEquals(typed, readAll(new ByteArrayInputStream(body)).get(0).filename());
    }

    @Test
    void anRfc8187FileNameWinsOverThePlainOne() throws IOException {
        String typed = "學習 成果.pdf";
        String encoded = ContentDisposition.percentEncode(typed);
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"fallback.pdf\"; filename*=UTF-8''" + encoded,
                ascii("x")), end());
        assertEquals(typed, readAll(new ByteArrayInputStream(body)).get(0).filename());
    }

    @Test
    void aBrokenRfc8187FileNameFallsBackToThePlainOne() throws IOException {
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"plain.pdf\"; filename*=UTF-8''%E5%Z1", ascii("x")),
                end());
        assertEquals("plain.pdf", readAll(new ByteArrayInputStream(body)).get(0).filename());
    }

    @Test
    void quotedStringEscapesAreUndoneAsCurlWritesThem() throws IOException {
        byte[] body = join(filePart("form-data; name=\"file\"; filename=\"a\\\"b\\\\c.pdf\"", ascii("x")), end());
        assertEquals("a\"b\\c.pdf", readAll(new ByteArrayInputStream(body)).get(0).filename());
    }

    @Test
    void headerBytesThatAreNotUtf8AreReadAsIso88591() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '.', 'p', 'd', 'f'};
        assertEquals("café.pdf", MultipartForm.headerText(latin1));
    }

    @ParameterizedTest(name = "Content-Type {0} is refused")
    @ValueSource(strings = {"", ";", ";;", "application/json", "multipart/form-data", "multipart/form-data; boundary=",
            "multipart/form-data; boundary=\"\"", "multipart/mixed; boundary=abc",
            "multipart/form-data; boundary=a<b", "multipart/form-data; boundary="
                    + "x123456789x123456789x123456789x123456789x123456789x123456789x123456789x"})
    void aContentTypeWithoutAUsableBoundaryIsRefused(String type) {
        assertThrows(InvalidInputException.class, () -> MultipartForm.of(type, InputStream.nullInputStream()));
    }

    @Test
    void noContentTypeIsRefused() {
        assertThrows(InvalidInputException.class, () -> MultipartForm.of(null, InputStream.nullInputStream()));
    }

    @Test
    void aQuotedBoundaryIsAccepted() throws IOException {
        byte[] body = join(textPart("title", "q"), end());
        MultipartForm form = MultipartForm.of("multipart/form-data; charset=utf-8; boundary=\"" + B + "\"",
                new ByteArrayInputStream(body));
        assertEquals("q", form.next().text(10));
    }

    @Test
    void aBodyWithoutABoundaryLineIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> readAll(new ByteArrayInputStream(ascii("just some bytes"))));
        assertTrue(e.getMessage().contains("no boundary"), e.getMessage());
    }

    @Test
    void aPreambleOverItsLimitIsRefusedWithoutReadingOn() {
        byte[] preamble = ascii("p".repeat(MultipartForm.MAX_PREAMBLE + 1) + "\r\n");
        InputStream endless = new java.io.SequenceInputStream(new ByteArrayInputStream(preamble), new InputStream() {
            @Override
            public int read() {
                return 'p';
            }
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> readAll(endless));
        assertTrue(e.getMessage().contains("before its first boundary"), e.getMessage());
    }

    @Test
    void aPreambleJustUnderItsLimitIsSkipped() throws IOException {
        byte[] body = join(ascii("p".repeat(MultipartForm.MAX_PREAMBLE - 2) + "\r\n"), textPart("title", "t"), end());
        assertEquals("t", new String(readAll(new ByteArrayInputStream(body)).get(0).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyCutInsideTheFileIsRefusedFromTheRead() {
        byte[] body = join(ascii("--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"),
                new byte[50_000]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
        assertTrue(e.getMessage().contains("closing boundary"), e.getMessage());
    }

    @Test
    void aBodyCutInsideThePartHeadersIsRefused() {
        byte[] body = ascii("--" + B + "\r\nContent-Disposition: form-da");
        assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
    }

    @Test
    void textAfterABoundaryIsRefused() {
        byte[] body = ascii("--" + B + "garbage\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nx\r\n--" + B + "--");
        assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
    }

    @Test
    void partHeadersOverTheLimitAreRefused() {
        byte[] body = join(ascii("--" + B + "\r\nContent-Disposition: form-data; name=\"t\"\r\nX-Pad: "),
                ascii("a".repeat(MultipartForm.MAX_HEADER_BYTES)), ascii("\r\n\r\nx\r\n"), end());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
        assertTrue(e.getMessage().contains("headers longer"), e.getMessage());
    }

    @Test
    void manyShortHeaderLinesCountTowardsTheSameLimit() {
        byte[] pad = ascii("X-Pad: a\r\n".repeat(MultipartForm.MAX_HEADER_BYTES / 10 + 1));
        byte[] body = join(ascii("--" + B + "\r\nContent-Disposition: form-data; name=\"t\"\r\n"), pad,
                ascii("\r\nx\r\n"), end());
        assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
    }

    @ParameterizedTest(name = "disposition {0} is refused")
    @ValueSource(strings = {"attachment; name=\"file\"", "form-data", "form-data; filename=\"a.pdf\"",
            "form-data; name=\"unterminated", "form-data; name"})
    void aPartWithoutAFormDataNameIsRefused(String disposition) {
        byte[] body = join(filePart(disposition, ascii("x")), end());
        assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
    }

    @Test
    void aPartWithoutAnyDispositionIsRefused() {
        byte[] body = join(ascii("--" + B + "\r\nContent-Type: text/plain\r\n\r\nx\r\n"), end());
        assertThrows(InvalidInputException.class, () -> readAll(new ByteArrayInputStream(body)));
    }

    @Test
    void moreThanTheAllowedNumberOfPartsIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i <= MultipartForm.MAX_PARTS; i++) {
            out.writeBytes(textPart("p" + i, "x"));
        }
        out.writeBytes(end());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> readAll(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(e.getMessage().contains("more than " + MultipartForm.MAX_PARTS), e.getMessage());
    }

    @Test
    void aTextPartOverItsLimitIsRefusedNamingTheField() throws IOException {
        MultipartForm form = MultipartForm.of(TYPE, new ByteArrayInputStream(join(textPart("title", "x".repeat(11)), end())));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> form.next().text(10));
        assertEquals("title", e.fieldErrors().get(0).field());
    }
}
