package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeSnifferTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Optional<ArtifactMediaType> sniff(byte[] head) {
        return MediaTypeSniffer.sniff(head, head.length);
    }

    @Test
    void aPdfHeaderIsAPdf() {
        assertEquals(Optional.of(ArtifactMediaType.PDF), sniff(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0")));
        assertEquals(Optional.of(ArtifactMediaType.PDF), sniff(ascii("%PDF-2.0\r\n")));
    }

    @Test
    void thePngSignatureIsAPng() {
        assertEquals(Optional.of(ArtifactMediaType.PNG),
                sniff(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52)));
    }

    @Test
    void aPngSignatureMangledByATextTransferIsNotAPng() {
        assertEquals(Optional.empty(), sniff(bytes(0x89, 0x50, 0x4E, 0x47, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49)));
    }

    @Test
    void jfifAndExifJpegsAreJpegs() {
        assertEquals(Optional.of(ArtifactMediaType.JPEG),
                sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01)));
        assertEquals(Optional.of(ArtifactMediaType.JPEG),
                sniff(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x2F, 0xFE, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00)));
    }

    @ParameterizedTest(name = "an ftyp box with major brand \"{0}\" is an mp4")
    @ValueSource(strings = {"isom", "mp42", "mp41", "iso5", "avc1", "M4V "})
    void anIsoMediaFtypBoxIsAnMp4(String brand) {
        byte[] head = new byte[16];
        System.arraycopy(bytes(0x00, 0x00, 0x00, 0x20), 0, head, 0, 4);
        System.arraycopy(ascii("ftyp" + brand), 0, head, 4, 8);
        System.arraycopy(bytes(0x00, 0x00, 0x02, 0x00), 0, head, 12, 4);
        assertEquals(Optional.of(ArtifactMediaType.MP4), sniff(head));
    }

    @ParameterizedTest(name = "an ftyp box with major brand \"{0}\" is not an mp4")
    @ValueSource(strings = {"heic", "heix", "mif1", "msf1", "avif", "qt  ", "M4A ", "crx ", "3gp5"})
    void otherIsoMediaFilesAreNotMp4s(String brand) {
        // HEIF/AVIF photos, QuickTime movies, m4a audio, Canon raw and 3GPP share the ftyp box;
        // recording them as video/mp4 would send an image or a .mov to the national system as mp4.
        byte[] head = new byte[16];
        System.arraycopy(bytes(0x00, 0x00, 0x00, 0x18), 0, head, 0, 4);
        System.arraycopy(ascii("ftyp" + brand), 0, head, 4, 8);
        assertEquals(Optional.empty(), sniff(head));
    }

    @Test
    void anId3TagIsAnMp3() {
        assertEquals(Optional.of(ArtifactMediaType.MP3), sniff(bytes('I', 'D', '3', 0x04, 0x00, 0x00, 0, 0, 0x1F, 0x76)));
    }

    @ParameterizedTest(name = "frame sync FF {0} is an mp3")
    @ValueSource(ints = {0xFB, 0xFA, 0xF3, 0xF2, 0xE3, 0xE2, 0xFD})
    void anMpegAudioFrameSyncWithoutTagIsAnMp3(int second) {
        assertEquals(Optional.of(ArtifactMediaType.MP3), sniff(bytes(0xFF, second, 0x90, 0x64)));
    }

    @ParameterizedTest(name = "FF {0} is not an mp3 frame")
    @ValueSource(ints = {0xF1, 0xF9, 0xEB, 0xE9, 0xD8, 0x00, 0x7F})
    void aFrameSyncWithAReservedVersionOrLayerIsNotAnMp3(int second) {
        // F1 and F9 are AAC ADTS (layer 00); EB and E9 carry the reserved version 01.
        assertEquals(Optional.empty(), sniff(bytes(0xFF, second, 0x50, 0x80)));
    }

    @Test
    void aWindowsExecutableNamedPdfIsNothing() {
        assertEquals(Optional.empty(),
                sniff(bytes(0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0, 0)));
    }

    @Test
    void anElfBinaryIsNothing() {
        assertEquals(Optional.empty(), sniff(bytes(0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00)));
    }

    @Test
    void aZipArchiveIsNothingEvenAnOfficeDocument() {
        assertEquals(Optional.empty(), sniff(bytes(0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0x21, 0x00)));
    }

    @ParameterizedTest(name = "\"{0}\" is nothing")
    @ValueSource(strings = {
        "<!DOCTYPE html><html>", "<html><body>%PDF-1.7", "%PD is not a PDF header", "%PDF1.4 no dash",
        " %PDF-1.4", "GIF89a\u0001\u0000", "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ", "{\"json\":true}",
        "\u00ef\u00bb\u00bf%PDF-1.4", "id3 lowercase tag"
    })
    void textAndOtherFormatsAreNothing(String text) {
        assertEquals(Optional.empty(), sniff(ascii(text)));
    }

    @Test
    void tooShortInputsAreNothing() {
        assertEquals(Optional.empty(), sniff(new byte[0]));
        assertEquals(Optional.empty(), sniff(ascii("%PD")));
        assertEquals(Optional.empty(), sniff(ascii("%PDF")));
        assertEquals(Optional.empty(), sniff(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A)));
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xD8)));
        assertEquals(Optional.empty(), sniff(bytes(0xFF)));
        assertEquals(Optional.empty(), sniff(ascii("ID")));
        assertEquals(Optional.empty(), sniff(ascii("\u0000\u0000\u0000\u0018ftypiso")));
    }

    @Test
    void onlyTheFirstLengthBytesCount() {
        byte[] pdf = ascii("%PDF-1.7 and more");
        assertEquals(Optional.empty(), MediaTypeSniffer.sniff(pdf, 4));
        assertEquals(Optional.of(ArtifactMediaType.PDF), MediaTypeSniffer.sniff(pdf, 5));
        byte[] mp4 = Arrays.copyOf(ascii("\u0000\u0000\u0000\u0018ftypisom"), 16);
        assertEquals(Optional.empty(), MediaTypeSniffer.sniff(mp4, 11));
        assertEquals(Optional.of(ArtifactMediaType.MP4), MediaTypeSniffer.sniff(mp4, 12));
    }
}
