package tw.portfolio.archive.web.artifact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * Upload bodies as any client can send them: the input's first line is the request's
 * {@code Content-Type}, the rest its body. Reading every part (headers through
 * {@link FormDisposition}, then the part's bytes) either succeeds or throws
 * {@link InvalidInputException}, and a part's bytes are never more than the body held. Seeds and
 * past findings: {@code MultipartFormFuzzTestInputs/}.
 */
class MultipartFormFuzzTest {

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void aBodyYieldsItsPartsOrIsInvalidInput(byte[] input) throws IOException {
        int newline = indexOf(input, (byte) '\n');
        String contentType = new String(input, 0, newline, StandardCharsets.ISO_8859_1);
        byte[] body = Arrays.copyOfRange(input, Math.min(newline + 1, input.length), input.length);
        try {
            MultipartForm form = MultipartForm.of(contentType, new ByteArrayInputStream(body));
            for (MultipartForm.Part part; (part = form.next()) != null;) {
                assertNotNull(part.name());
                assertTrue(part.body().readAllBytes().length <= body.length, "a part is never longer than the body");
            }
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return b.length;
    }
}
