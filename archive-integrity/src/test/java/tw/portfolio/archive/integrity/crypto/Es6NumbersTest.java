package tw.portfolio.archive.integrity.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 8785 §3.2.2.3 numbers. The bulk check regenerates the reference implementation's number test
 * file (json-canonicalization testdata/README.md, "ES6 Numbers"; generator testdata/numgen.go) line
 * by line, {@code hex-ieee,expected\n}, with our serializer in place of theirs, and compares its
 * SHA-256 with the one published for that many lines: one wrong digit anywhere changes the hash.
 */
class Es6NumbersTest {
    /** numgen.go's fixed edge values, in its order. */
    private static final long[] STATIC = {
        0x0000000000000000L, 0x8000000000000000L, 0x0000000000000001L, 0x8000000000000001L,
        0xc46696695dbd1cc3L, 0xc43211ede4974a35L, 0xc3fce97ca0f21056L, 0xc3c7213080c1a6acL,
        0xc39280f39a348556L, 0xc35d9b1f5d20d557L, 0xc327af4c4a80aaacL, 0xc2f2f2a36ecd5556L,
        0xc2be51057e155558L, 0xc28840d131aaaaacL, 0xc253670dc1555557L, 0xc21f0b4935555557L,
        0xc1e8d5d42aaaaaacL, 0xc1b3de4355555556L, 0xc17fca0555555556L, 0xc1496e6aaaaaaaabL,
        0xc114585555555555L, 0xc0e046aaaaaaaaabL, 0xc0aa0aaaaaaaaaaaL, 0xc074d55555555555L,
        0xc040aaaaaaaaaaabL, 0xc00aaaaaaaaaaaabL, 0xbfd5555555555555L, 0xbfa1111111111111L,
        0xbf6b4e81b4e81b4fL, 0xbf35d867c3ece2a5L, 0xbf0179ec9cbd821eL, 0xbecbf647612f3696L,
        0xbe965e9f80f29212L, 0xbe61e54c672874dbL, 0xbe2ca213d840baf8L, 0xbdf6e80fe033c8c6L,
        0xbdc2533fe68fd3d2L, 0xbd8d51ffd74c861cL, 0xbd5774ccac3d3817L, 0xbd22c3d6f030f9acL,
        0xbcee0624b3818f79L, 0xbcb804ea293472c7L, 0xbc833721ba905bd3L, 0xbc4ebe9c5db3c61eL,
        0xbc18987d17c304e5L, 0xbbe3ad30dfcf371dL, 0xbbaf7b816618582fL, 0xbb792f9ab81379bfL,
        0xbb442615600f9499L, 0xbb101e77800c76e1L, 0xbad9ca58cce0be35L, 0xbaa4a1e0a3e6fe90L,
        0xba708180831f320dL, 0xba3a68cd9e985016L, 0x446696695dbd1cc3L, 0x443211ede4974a35L,
        0x43fce97ca0f21056L, 0x43c7213080c1a6acL, 0x439280f39a348556L, 0x435d9b1f5d20d557L,
        0x4327af4c4a80aaacL, 0x42f2f2a36ecd5556L, 0x42be51057e155558L, 0x428840d131aaaaacL,
        0x4253670dc1555557L, 0x421f0b4935555557L, 0x41e8d5d42aaaaaacL, 0x41b3de4355555556L,
        0x417fca0555555556L, 0x41496e6aaaaaaaabL, 0x4114585555555555L, 0x40e046aaaaaaaaabL,
        0x40aa0aaaaaaaaaaaL, 0x4074d55555555555L, 0x4040aaaaaaaaaaabL, 0x400aaaaaaaaaaaabL,
        0x3fd5555555555555L, 0x3fa1111111111111L, 0x3f6b4e81b4e81b4fL, 0x3f35d867c3ece2a5L,
        0x3f0179ec9cbd821eL, 0x3ecbf647612f3696L, 0x3e965e9f80f29212L, 0x3e61e54c672874dbL,
        0x3e2ca213d840baf8L, 0x3df6e80fe033c8c6L, 0x3dc2533fe68fd3d2L, 0x3d8d51ffd74c861cL,
        0x3d5774ccac3d3817L, 0x3d22c3d6f030f9acL, 0x3cee0624b3818f79L, 0x3cb804ea293472c7L,
        0x3c833721ba905bd3L, 0x3c4ebe9c5db3c61eL, 0x3c18987d17c304e5L, 0x3be3ad30dfcf371dL,
        0x3baf7b816618582fL, 0x3b792f9ab81379bfL, 0x3b442615600f9499L, 0x3b101e77800c76e1L,
        0x3ad9ca58cce0be35L, 0x3aa4a1e0a3e6fe90L, 0x3a708180831f320dL, 0x3a3a68cd9e985016L,
        0x4024000000000000L, 0x4014000000000000L, 0x3fe0000000000000L, 0x3fa999999999999aL,
        0x3f747ae147ae147bL, 0x3f40624dd2f1a9fcL, 0x3f0a36e2eb1c432dL, 0x3ed4f8b588e368f1L,
        0x3ea0c6f7a0b5ed8dL, 0x3e6ad7f29abcaf48L, 0x3e35798ee2308c3aL, 0x3ed539223589fa95L,
        0x3ed4ff26cd5a7781L, 0x3ed4f95a762283ffL, 0x3ed4f8c60703520cL, 0x3ed4f8b72f19cd0dL,
        0x3ed4f8b5b31c0c8dL, 0x3ed4f8b58d1c461aL, 0x3ed4f8b5894f7f0eL, 0x3ed4f8b588ee37f3L,
        0x3ed4f8b588e47da4L, 0x3ed4f8b588e3849cL, 0x3ed4f8b588e36bb5L, 0x3ed4f8b588e36937L,
        0x3ed4f8b588e368f8L, 0x3ed4f8b588e368f1L, 0x3ff0000000000000L, 0xbff0000000000000L,
        0xbfeffffffffffffaL, 0xbfeffffffffffffbL, 0x3feffffffffffffaL, 0x3feffffffffffffbL,
        0x3feffffffffffffcL, 0x3feffffffffffffeL, 0xbfefffffffffffffL, 0xbfefffffffffffffL,
        0x3fefffffffffffffL, 0x3fefffffffffffffL, 0x3fd3333333333332L, 0x3fd3333333333333L,
        0x3fd3333333333334L, 0x0010000000000000L, 0x000ffffffffffffdL, 0x000fffffffffffffL,
        0x7fefffffffffffffL, 0xffefffffffffffffL, 0x4340000000000000L, 0xc340000000000000L,
        0x4430000000000000L, 0x44b52d02c7e14af5L, 0x44b52d02c7e14af6L, 0x44b52d02c7e14af7L,
        0x444b1ae4d6e2ef4eL, 0x444b1ae4d6e2ef4fL, 0x444b1ae4d6e2ef50L, 0x3eb0c6f7a0b5ed8cL,
        0x3eb0c6f7a0b5ed8dL, 0x41b3de4355555553L, 0x41b3de4355555554L, 0x41b3de4355555555L,
        0x41b3de4355555556L, 0x41b3de4355555557L, 0xbecbf647612f3696L, 0x43143ff3c1cb0959L,
    };
    private static final int SERIAL = 2000;

    /** The generator of numgen.go / numgen.js: fixed values, 2,000 subnormal steps, then a SHA-256 chain. */
    private static final class Generator {
        private final MessageDigest sha256 = Sha256.newDigest();
        private byte[] block = new byte[32];
        private ByteBuffer data = ByteBuffer.allocate(0);
        private int index;

        long nextBits() {
            long bits;
            if (index < STATIC.length) {
                bits = STATIC[index];
            } else if (index < STATIC.length + SERIAL) {
                bits = 0x0010000000000000L + (index - STATIC.length);
            } else {
                double f = 0;
                bits = 0;
                while (f == 0 || Double.isNaN(f) || Double.isInfinite(f)) {
                    if (!data.hasRemaining()) {
                        block = sha256.digest(block);
                        data = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
                    }
                    bits = data.getLong();
                    f = Double.longBitsToDouble(bits);
                }
            }
            index++;
            return bits;
        }
    }

    private static String hashOfFirstLines(int lines) {
        Generator generator = new Generator();
        MessageDigest file = Sha256.newDigest();
        StringBuilder line = new StringBuilder(48);
        for (int n = 0; n < lines; n++) {
            long bits = generator.nextBits();
            line.setLength(0);
            line.append(Long.toHexString(bits)).append(',').append(Es6Numbers.format(Double.longBitsToDouble(bits))).append('\n');
            file.update(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(file.digest());
    }

    @Test
    void theFirstThousandLinesOfThePublishedNumberFileHashAsPublished() {
        assertEquals("be18b62b6f69cdab33a7e0dae0d9cfa869fda80ddc712221570f9f40a5878687", hashOfFirstLines(1_000));
    }

    @Test
    void theFirstHundredThousandLinesOfThePublishedNumberFileHashAsPublished() {
        assertEquals("22776e6d4b49fa294a0d0f349268e5c28808fe7e0cb2bcbe28f63894e494d4c7", hashOfFirstLines(100_000));
    }

    /** The sample lines of the test file's README and RFC 8785 Appendix B. */
    @ParameterizedTest
    @CsvSource({
        "4340000000000001, 9007199254740994",
        "4340000000000002, 9007199254740996",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "8000000000000000, 0",
        "0, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void theListedValuesAreWrittenAsEcmaScriptWritesThem(String hex, String expected) {
        assertEquals(expected, Es6Numbers.format(Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16))));
    }

    @Test
    void nanAndTheInfinitiesHaveNoForm() {
        assertThrows(IllegalArgumentException.class, () -> Es6Numbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Es6Numbers.format(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Es6Numbers.format(Double.NEGATIVE_INFINITY));
    }
}
