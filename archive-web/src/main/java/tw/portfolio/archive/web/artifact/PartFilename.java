package tw.portfolio.archive.web.artifact;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Browsers and curl send a multipart filename as raw UTF-8 bytes, which the multipart parser reads
 * as ISO-8859-1. This turns such a name back into the text the user typed; a name that is not
 * valid UTF-8 that way is kept as it came.
 */
public final class PartFilename {
    private PartFilename() {
    }

    public static String decode(String raw) {
        if (raw == null || raw.chars().allMatch(c -> c < 0x80) || raw.chars().anyMatch(c -> c > 0xFF)) {
            return raw;
        }
        byte[] bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return raw;
        }
    }
}
