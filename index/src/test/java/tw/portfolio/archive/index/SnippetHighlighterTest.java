package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/** Snippets are short passages around the matches: sentences, cut when long, the best ones first. */
class SnippetHighlighterTest {
    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = LuceneSearchIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> snippets(String body, String query) {
        index.index(SearchDocument.builder("d-1", DocumentType.ARTIFACT).title("報告").body(body).build());
        index.refresh();
        return index.search(SearchQuery.of(query), Caller.registrar("r")).hits().get(0).snippets();
    }

    private static String unmarked(String snippet) {
        return snippet.replace("<mark>", "").replace("</mark>", "");
    }

    @Test
    void aLongTextWithoutSentenceBreaksIsCutToOnePassageAroundItsMatch() {
        String body = "社區服務".repeat(100) + "河川" + "社區服務".repeat(100);
        List<String> snippets = snippets(body, "河川");
        assertEquals(1, snippets.size(), snippets.toString());
        String snippet = snippets.get(0);
        assertTrue(snippet.contains("<mark>河川</mark>"), snippet);
        assertTrue(unmarked(snippet).length() <= Passages.PASSAGE_CHARS, snippet);
        int before = unmarked(snippet).indexOf("河川");
        assertTrue(before > 0 && before <= Passages.LEAD_CHARS, "context kept before the match: " + snippet);
    }

    @Test
    void aLongBodyFullOfMatchesGivesAtMostTwoBoundedPassages() {
        String body = "河川 ".repeat(60_000);
        List<String> snippets = snippets(body, "河川");
        assertEquals(1, snippets.size(), "one body snippet");
        String[] passages = snippets.get(0).split("… ", -1);
        assertTrue(passages.length <= 2, snippets.get(0));
        for (String passage : passages) {
            assertTrue(unmarked(passage).length() <= Passages.PASSAGE_CHARS, passage);
        }
    }

    @Test
    void theTwoSentencesWithTheMostDistinctWordsAreShownInTextOrderJoinedByAnEllipsis() {
        String body = "第一句沒有。第二句有河川。第三句沒有。第四句有河川與水質。第五句有水質。";
        assertEquals(List.of("第二句有<mark>河川</mark>。… 第四句有<mark>河川</mark>與<mark>水質</mark>。"),
                snippets(body, "河川 水質"));
    }

    @Test
    void linesArePassagesAndTheirBreaksAreNotShown() {
        assertEquals(List.of("first <mark>river</mark> line… third <mark>river</mark> line"),
                snippets("first river line\nsecond line\nthird river line\n", "river"));
    }

    @Test
    void aPrefixQueryMarksEachWordItMatchesWhole() {
        assertEquals(List.of("the <mark>volunteers</mark> and a <mark>volcano</mark> club"),
                snippets("the volunteers and a volcano club", "vol*"));
    }

    @Test
    void anEnglishWordIsMarkedInEveryFormThatStemsAlike() {
        assertEquals(List.of("<mark>volunteering</mark> as <mark>volunteers</mark>, then <mark>volunteer</mark> again"),
                snippets("volunteering as volunteers, then volunteer again", "volunteer"));
    }

    @ParameterizedTest(name = "prefix of {0} characters")
    @ValueSource(ints = {0, 1})
    void aCutNeverSplitsACharacterOutsideTheBasicPlane(int prefix) {
        String body = "a".repeat(prefix) + "𠀀".repeat(200) + "河川" + "𠀀".repeat(200);
        String snippet = snippets(body, "河川").get(0);
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < snippet.length() && Character.isLowSurrogate(snippet.charAt(i + 1)), "split at " + i);
                i++;
            } else {
                assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i + ": " + snippet);
            }
        }
        assertTrue(snippet.contains("<mark>河川</mark>"), snippet);
    }

    @Test
    void aFieldWithoutAMatchGivesNoSnippetAndTheTitleGivesItsOwn() {
        index.index(SearchDocument.builder("d-2", DocumentType.ARTIFACT).title("河川調查").description("社區活動")
                .body("水質很好。").build());
        index.refresh();
        assertEquals(List.of("<mark>河川</mark>調查"),
                index.search(SearchQuery.of("河川"), Caller.registrar("r")).hits().get(0).snippets());
    }
}
