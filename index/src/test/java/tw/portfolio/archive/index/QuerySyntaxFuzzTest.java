package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.search.SearchQuery;

/**
 * The search box's text, as {@code ?q=} brings it: it either becomes a Lucene query or is an
 * {@link InvalidInputException} saying what is not part of the search language. Seeds and past
 * findings: {@code QuerySyntaxFuzzTestInputs/}.
 */
class QuerySyntaxFuzzTest {
    private static final TextQueryParser PARSER = new TextQueryParser(TraditionalChineseAnalyzer.forQueries());

    @Timeout(10)
    @FuzzTest(maxDuration = "60s")
    void queryTextIsAQueryOrInvalidInput(byte[] input) {
        String q = new String(input, StandardCharsets.UTF_8);
        try {
            assertNotNull(PARSER.parse(SearchQuery.of(q).text()));
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
