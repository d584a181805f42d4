package tw.portfolio.archive.artifact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.PayloadTooLargeException;

class UploadPolicyTest {

    @Test
    void theDefaultsAreTheStrictFourAndTenMegabytesOfTheNationalRule() {
        UploadPolicy p = UploadPolicy.defaults();
        assertEquals(4_000_000L, p.maxDocumentBytes());
        assertEquals(10_000_000L, p.maxMediaBytes());
        assertEquals(10_000_000L, p.absoluteMax());
    }

    @ParameterizedTest(name = "{0} falls under {1} bytes")
    @CsvSource({"PDF,4000000", "JPEG,4000000", "PNG,4000000", "MP3,10000000", "MP4,10000000"})
    void documentsAndMediaHaveTheirOwnLimit(ArtifactMediaType type, long limit) {
        assertEquals(limit, UploadPolicy.defaults().limitFor(type));
    }

    @ParameterizedTest
    @EnumSource(ArtifactMediaType.class)
    void aFileExactlyAtItsLimitIsAccepted(ArtifactMediaType type) {
        UploadPolicy p = UploadPolicy.defaults();
        assertDoesNotThrow(() -> p.check(type, p.limitFor(type)));
    }

    @Test
    void aPdfOneByteOverFourMegabytesIsRefusedWithTheLimitInTheMessage() {
        PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class,
                () -> UploadPolicy.defaults().check(ArtifactMediaType.PDF, 4_000_001L));
        assertEquals("pdf files may be at most 4000000 bytes; this one has 4000001 bytes", e.getMessage());
        assertEquals("payload-too-large", e.problemType());
        assertTrue(e.fieldErrors().isEmpty());
        assertNull(e.getCause());
        assertTrue(e instanceof InvalidInputException, "a 413 is still a kind of invalid input");
    }

    @Test
    void anMp4OneByteOverTenMegabytesIsRefused() {
        PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class,
                () -> UploadPolicy.defaults().check(ArtifactMediaType.MP4, 10_000_001L));
        assertEquals("mp4 files may be at most 10000000 bytes; this one has 10000001 bytes", e.getMessage());
    }

    @Test
    void aPngTheSizeOfAnAllowedVideoIsStillTooLarge() {
        assertThrows(PayloadTooLargeException.class,
                () -> UploadPolicy.defaults().check(ArtifactMediaType.PNG, 10_000_000L));
    }

    @Test
    void limitsAreSettingsAndTheLargestBoundsReading() {
        UploadPolicy p = new UploadPolicy(2_000, 1_000);
        assertEquals(2_000, p.limitFor(ArtifactMediaType.JPEG));
        assertEquals(1_000, p.limitFor(ArtifactMediaType.MP3));
        assertEquals(2_000, p.absoluteMax());
    }

    @ParameterizedTest(name = "limits {0} and {1} are refused")
    @CsvSource({"0,1", "1,0", "-1,10", "10,-1"})
    void limitsMustBePositive(long documents, long media) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UploadPolicy(documents, media));
        assertEquals("upload limits must be positive", e.getMessage());
    }
}
