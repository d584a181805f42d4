package tw.portfolio.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreArgumentsTest {
    private static StoreArguments parse(String... args) {
        return StoreArguments.parsePlain(args);
    }

    @Test
    void thePlainFormsAreReadWithoutPicocli() {
        assertEquals(new StoreArguments(Path.of("/srv/data"), null, null), parse("verify", "store", "/srv/data"));
        assertEquals(new StoreArguments(Path.of("d"), 4, 200.0), parse("verify", "store", "--threads", "4", "d", "--mbps", "200"));
        assertEquals(new StoreArguments(Path.of("d"), 2, 0.5), parse("verify", "store", "d", "--threads=2", "--mbps=0.5"));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        assertNull(parse("verify", "store"));
        assertNull(parse("verify", "log", "d"));
        assertNull(parse("verify", "store", "d", "--help"));
        assertNull(parse("verify", "store", "-h", "d"));
        assertNull(parse("verify", "store", "d", "e"));
        assertNull(parse("verify", "store", "d", "--threads"));
        assertNull(parse("verify", "store", "d", "--threads", "many"));
        assertNull(parse("verify", "store", "d", "--threads", "0"));
        assertNull(parse("verify", "store", "d", "--threads", "2", "--threads", "3"));
        assertNull(parse("verify", "store", "d", "--mbps", "-5"));
        assertNull(parse("verify", "store", "d", "--mbps", "NaN"));
        assertNull(parse("verify", "store", "d", "--verbose"));
        assertNull(parse("verify", "store", "--", "d"));
        assertNull(parse("verify", "store", "nul\0byte"));
    }

    @Test
    void progressNumbersAreWrittenAsPercentPointOneFWouldWriteThem() {
        assertEquals("0.0", StoreRun.oneDecimal(0));
        assertEquals("0.1", StoreRun.oneDecimal(0.05));
        assertEquals("409.6", StoreRun.oneDecimal(409.6));
        assertEquals("1234.6", StoreRun.oneDecimal(1234.56));
        assertEquals("-2.5", StoreRun.oneDecimal(-2.5));
        assertEquals("0.0", StoreRun.oneDecimal(-0.01));
    }

    @Test
    void aPlainCommandAndItsPicocliTwinAnswerAlike() {
        CliRun plain = CliRun.of("verify", "store", "/no/such/dir");
        CliRun picocli = CliRun.of("verify", "store", "/no/such/dir", "--threads", "2", "--threads", "2");
        assertEquals(2, plain.exit(), plain.toString());
        assertEquals("archive-cli: /no/such/dir is not a directory\n", plain.err());
        assertEquals(2, picocli.exit(), picocli.toString());
        assertTrue(picocli.err().startsWith("archive-cli: "), picocli.err());
    }
}
