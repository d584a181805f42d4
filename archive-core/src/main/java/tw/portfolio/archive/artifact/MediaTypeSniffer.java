package tw.portfolio.archive.artifact;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a file's type from its first bytes (magic numbers), so a renamed executable is never
 * recorded as a PDF and a PNG named {@code .pdf} is recorded as a PNG.
 */
public final class MediaTypeSniffer {
    /** How many leading bytes {@link #sniff(byte[], int)} needs at most. */
    public static final int HEAD_BYTES = 16;
    /**
     * Major brands of the {@code ftyp} box that mean an MP4 video. HEIF/AVIF photos, QuickTime,
     * m4a audio and 3GPP share the box and are not mp4.
     */
    private static final Set<String> MP4_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VP", "dash",
            "mmp4", "MSNV", "f4v ");

    private MediaTypeSniffer() {
    }

    /** The accepted type of a file starting with {@code head[0..length)}, or empty. */
    public static Optional<ArtifactMediaType> sniff(byte[] head, int length) {
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(ArtifactMediaType.PDF);
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(ArtifactMediaType.PNG);
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(ArtifactMediaType.JPEG);
        }
        if (length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'
                && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return Optional.of(ArtifactMediaType.MP4);
        }
        if (startsWith(head, length, 'I', 'D', '3')) {
            return Optional.of(ArtifactMediaType.MP3);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && isMpegAudioFrame(head[1])) {
            return Optional.of(ArtifactMediaType.MP3);
        }
        return Optional.empty();
    }

    /** MPEG audio frame sync: version not reserved (01) and layer not reserved (00). */
    private static boolean isMpegAudioFrame(byte second) {
        int version = (second >> 3) & 0x03;
        int layer = (second >> 1) & 0x03;
        return version != 0x01 && layer != 0x00;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
