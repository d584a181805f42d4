package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.error.UnsupportedMediaTypeException;

class UploadReceiverTest {
    private static final int FOUR_MB = 4_000_000;
    private static final int TEN_MB = 10_000_000;

    @TempDir
    Path staging;

    private final UploadReceiver receiver = new UploadReceiver(UploadPolicy.defaults());

    @AfterEach
    void nothingElseIsLeftInStaging() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().startsWith("upload-")),
                    "the receiver writes only its own upload-*.part files");
        }
    }

    @Test
    void aPdfIsStagedByteForByteWithTheSha256MessageDigestComputes() throws Exception {
        byte[] pdf = UploadFixtures.helloPdf();
        StagedUpload staged = receiver.receive(new ByteArrayInputStream(pdf), staging);
        assertEquals(staging, staged.file().getParent());
        assertArrayEquals(pdf, Files.readAllBytes(staged.file()));
        assertEquals(sha256Hex(pdf), staged.sha256());
        assertEquals(pdf.length, staged.size());
        assertSame(ArtifactMediaType.PDF, staged.mediaType());
    }

    @Test
    void theTypeComesFromTheBytesNotFromAnyName() throws Exception {
        byte[] png = MediaTypeSnifferTest.bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
        StagedUpload staged = receiver.receive(new ByteArrayInputStream(png), staging);
        assertSame(ArtifactMediaType.PNG, staged.mediaType());
    }

    @Test
    void anUploadArrivingOneByteAtATimeIsSniffedAndHashedTheSame() throws Exception {
        byte[] pdf = UploadFixtures.sized(UploadFixtures.PDF_HEADER, 70_000);
        StagedUpload staged = receiver.receive(UploadFixtures.trickling(pdf), staging);
        assertSame(ArtifactMediaType.PDF, staged.mediaType());
        assertEquals(sha256Hex(pdf), staged.sha256());
        assertArrayEquals(pdf, Files.readAllBytes(staged.file()));
    }

    @Test
    void aPdfOfExactlyFourMegabytesIsAccepted() throws Exception {
        byte[] pdf = UploadFixtures.sized(UploadFixtures.PDF_HEADER, FOUR_MB);
        StagedUpload staged = receiver.receive(new ByteArrayInputStream(pdf), staging);
        assertEquals(FOUR_MB, staged.size());
        assertEquals(FOUR_MB, Files.size(staged.file()));
        assertEquals(sha256Hex(pdf), staged.sha256());
    }

    @Test
    void aPdfOneByteOverFourMegabytesIsRefusedAndNothingStays() throws IOException {
        byte[] pdf = UploadFixtures.sized(UploadFixtures.PDF_HEADER, FOUR_MB + 1);
        PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class,
                () -> receiver.receive(new ByteArrayInputStream(pdf), staging));
        assertEquals("pdf files may be at most 4000000 bytes; this one has 4000001 bytes", e.getMessage());
        assertEquals("payload-too-large", e.problemType());
        assertNull(e.getCause());
        assertStagingEmpty();
    }

    @Test
    void anMp4OfExactlyTenMegabytesIsAccepted() throws Exception {
        byte[] mp4 = UploadFixtures.sized(UploadFixtures.MP4_HEADER, TEN_MB);
        StagedUpload staged = receiver.receive(new ByteArrayInputStream(mp4), staging);
        assertSame(ArtifactMediaType.MP4, staged.mediaType());
        assertEquals(TEN_MB, staged.size());
    }

    @Test
    void anMp4OneByteOverTenMegabytesIsRefusedWhileStreamingAndNothingStays() throws IOException {
        byte[] mp4 = UploadFixtures.sized(UploadFixtures.MP4_HEADER, TEN_MB + 1);
        PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class,
                () -> receiver.receive(new ByteArrayInputStream(mp4), staging));
        assertEquals("Uploads may be at most 10000000 bytes", e.getMessage());
        assertStagingEmpty();
    }

    @Test
    void anEndlessUploadIsCutOffJustPastTheLargestLimit() throws IOException {
        UploadFixtures.EndlessPdf endless = new UploadFixtures.EndlessPdf();
        UploadReceiver small = new UploadReceiver(new UploadPolicy(1_000, 100_000));
        assertThrows(PayloadTooLargeException.class, () -> small.receive(endless, staging));
        assertTrue(endless.served > 100_000 && endless.served <= 100_000 + 64 * 1024,
                "read " + endless.served + " bytes");
        assertStagingEmpty();
    }

    @Test
    void anEmptyUploadIsRefusedNamingTheFileField() throws IOException {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> receiver.receive(new ByteArrayInputStream(new byte[0]), staging));
        assertEquals(InvalidInputException.class, e.getClass());
        assertEquals("file: is empty", e.getMessage());
        assertEquals(List.of(new FieldError("file", "is empty")), e.fieldErrors());
        assertEquals("invalid-input", e.problemType());
        assertStagingEmpty();
    }

    @Test
    void anExecutableIsRefusedAsAnUnsupportedTypeAndNothingStays() throws IOException {
        byte[] exe = UploadFixtures.sized(UploadFixtures.EXE_HEADER, 4_096);
        UnsupportedMediaTypeException e = assertThrows(UnsupportedMediaTypeException.class,
                () -> receiver.receive(new ByteArrayInputStream(exe), staging));
        assertEquals("The file's content is not pdf, jpg, png, mp3 or mp4 (the name does not decide the type)",
                e.getMessage());
        assertEquals("unsupported-media-type", e.problemType());
        assertStagingEmpty();
    }

    @Test
    void aHeicPhotoIsRefusedRatherThanRecordedAsAnMp4() throws IOException {
        byte[] heic = UploadFixtures.sized(UploadFixtures.HEIC_HEADER, 4_096);
        assertThrows(UnsupportedMediaTypeException.class, () -> receiver.receive(new ByteArrayInputStream(heic), staging));
        assertStagingEmpty();
    }

    @Test
    void aTextFileThatOnlyStartsLikeAPdfIsRefused() throws IOException {
        assertThrows(UnsupportedMediaTypeException.class,
                () -> receiver.receive(new ByteArrayInputStream("%PD".getBytes()), staging));
        assertStagingEmpty();
    }

    @Test
    void aBrokenConnectionIsReportedWithItsCauseAndNothingStays() throws IOException {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> receiver.receive(UploadFixtures.breakingAfter(5_000), staging));
        assertEquals("Cannot stage the upload", e.getMessage());
        assertEquals("connection reset by peer", e.getCause().getMessage());
        assertStagingEmpty();
    }

    @Test
    void aMissingStagingDirectoryIsReportedWithItsCause() {
        Path missing = staging.resolve("gone");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> receiver.receive(new ByteArrayInputStream(UploadFixtures.helloPdf()), missing));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
    }

    @Test
    void twoUploadsOfTheSameBytesGetTwoStagingFiles() {
        byte[] pdf = UploadFixtures.helloPdf();
        StagedUpload a = receiver.receive(new ByteArrayInputStream(pdf), staging);
        StagedUpload b = receiver.receive(new ByteArrayInputStream(pdf), staging);
        assertNotEquals(a.file(), b.file());
        assertEquals(a.sha256(), b.sha256());
    }

    private void assertStagingEmpty() throws IOException {
        try (Stream<Path> files = Files.list(staging)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static String sha256Hex(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
