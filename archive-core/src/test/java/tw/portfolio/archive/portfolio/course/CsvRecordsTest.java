package tw.portfolio.archive.portfolio.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class CsvRecordsTest {

    private static List<CsvRecords.CsvRecord> read(String text) {
        return CsvRecords.read(new StringReader(text), 10_000);
    }

    @Test
    void readsPlainAndQuotedFieldsWithTheirStartingLines() {
        List<CsvRecords.CsvRecord> rows = read("\uFEFFa,b\r\n\"x,1\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\nlast,");
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(List.of("x,1", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("two\nlines", "z"), rows.get(2).fields());
        assertEquals(4, rows.get(2).line());
        assertEquals(List.of("last", ""), rows.get(3).fields());
        assertEquals(6, rows.get(3).line());
    }

    @Test
    void refusesAnUnclosedQuoteNamingItsLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("a,b\n\"open,c\n"));
        assertEquals("line 2", e.fieldErrors().get(0).field());
    }

    @Test
    void refusesAStrayQuoteAndTextAfterAClosingQuote() {
        assertThrows(InvalidInputException.class, () -> read("a\"b,c\n"));
        assertThrows(InvalidInputException.class, () -> read("\"a\"b,c\n"));
    }

    @Test
    void refusesAFileAboveTheSizeLimit() {
        assertThrows(InvalidInputException.class, () -> CsvRecords.read(new StringReader("x".repeat(20_000)), 10_000));
    }
}
