package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digestOfAbcIsTheFips180KnownAnswer() {
        assertEquals(ABC, Sha256.hexOf("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void digestingStreamPassesBytesThroughAndHashesThemOnce() throws IOException {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        try (DigestingInputStream in = new DigestingInputStream(new ByteArrayInputStream(data))) {
            byte[] copy = in.readAllBytes();
            assertArrayEquals(data, copy);
            assertEquals(Sha256.hexOf(data), in.hexDigest());
            assertEquals(data.length, in.byteCount());
        }
    }

    @Test
    void hexRoundTripsAndRejectsOddLengthNamingTheField() {
        assertEquals("00ff10", Hex.encode(Hex.decode("x", "00FF10")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Hex.decode("sha256", "abc"));
        assertEquals("sha256", e.fieldErrors().get(0).field());
    }
}
