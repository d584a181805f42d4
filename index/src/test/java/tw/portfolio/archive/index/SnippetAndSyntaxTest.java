package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/** Highlighted snippets are safe HTML; bad query text is refused with a message saying what to fix. */
class SnippetAndSyntaxTest {
    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = LuceneSearchIndex.open(dir);
        index.index(SearchDocument.builder("x-1", DocumentType.ARTIFACT).title("惡意檔案")
                .body("前言 <script>alert(1)</script> 志工服務的心得 & more").build());
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aSnippetOfTextContainingAScriptTagComesBackEscapedWithOnlyTheMatchMarked() {
        List<String> snippets = index.search(SearchQuery.of("志工"), Caller.registrar("r")).hits().get(0).snippets();
        String body = String.join(" ", snippets);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"), body);
        assertTrue(body.contains("<mark>志工</mark>"), body);
        assertFalse(body.contains("<script>"), body);
        assertEquals(2, body.split("<mark>", -1).length, body);
    }

    @Test
    void searchingForTheScriptWordItselfMarksItInsideEscapedText() {
        String body = String.join(" ", index.search(SearchQuery.of("alert"), Caller.registrar("r")).hits().get(0).snippets());
        assertTrue(body.contains("&lt;script&gt;<mark>alert</mark>(1)"), body);
    }

    @Test
    void aThreeCharacterNameIsMarkedWholeAndANameSharingTwoOfItsCharactersIsNotMarked() {
        index.index(SearchDocument.builder("x-2", DocumentType.ARTIFACT).title("推薦信")
                .body("陳怡安同學與陳怡君同學合作完成河川調查").build());
        index.refresh();
        String body = String.join(" ", index.search(SearchQuery.of("陳怡君"), Caller.registrar("r")).hits().get(0).snippets());
        assertTrue(body.contains("陳怡安同學與<mark>陳怡君</mark>同學"), body);
        assertEquals(2, body.split("<mark>", -1).length, body);
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
        "\"陳怡君 | unbalanced quotes",
        "AND | needs a word on each side",
        "志工 AND | needs a word on each side",
        "OR 志工 | needs a word on each side",
        "志工 NOT | needs a word after it",
        "* | alone matches everything",
        "*志工 | leading wildcards are not allowed",
        "?ol | leading wildcards are not allowed",
        "v* | at least 2 characters before it",
        "(志工 | unbalanced parentheses",
        "title:[a TO z] | ranges are not supported",
        "/vol.*/ | regular expressions are not supported",
        "nationalId:A123456789 | is not a search field",
    })
    void queryTextThatCannotBeRunIsRefusedWithWhatToFix(String text, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> index.search(SearchQuery.of(text), Caller.registrar("r")));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals("q", e.fieldErrors().get(0).field());
    }

    @Test
    void resultWindowsAreBounded() {
        assertThrows(InvalidInputException.class, () -> SearchQuery.of("x", null, 0, SearchQuery.MAX_SIZE + 1));
        assertThrows(InvalidInputException.class, () -> SearchQuery.of("x", null, 100, 100));
        assertEquals(9_900, SearchQuery.of("x", null, 99, 100).offset());
    }

    @Test
    void anEmptyQueryBrowsesEverythingTheCallerMaySee() {
        assertEquals(1, index.search(SearchQuery.of(""), Caller.registrar("r")).total());
    }
}
