package tw.portfolio.archive.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchResult;

/** The search answer says whether its total is exact or a lower bound, and maps hits field by field. */
class ResultJsonTest {
    private static final SearchHit HIT = new SearchHit("a-1", DocumentType.COURSE_OUTCOME, DocumentState.ACTIVE, null,
            "專題報告", List.of("<mark>專題</mark>報告"), 1.5f);

    @Test
    void anExactResultSaysEq() {
        SearchResource.ResultJson json = SearchResource.ResultJson.of(answer(new SearchResult(1, List.of(HIT), Map.of())));
        assertEquals("EQ", json.totalRelation());
        assertEquals(1, json.total());
    }

    @Test
    void aLowerBoundTotalSaysGteAndKeepsTheTotal() {
        SearchResult r = new SearchResult(1000, SearchResult.TotalRelation.GTE, List.of(HIT),
                Map.of("category", Map.of("競賽", 250_000L)));
        SearchResource.ResultJson json = SearchResource.ResultJson.of(answer(r));
        assertEquals("GTE", json.totalRelation());
        assertEquals(1000, json.total());
        assertEquals(Map.of("競賽", 250_000L), json.facets().get("category"));
    }

    @Test
    void hitsKeepTheirFieldsAndAHiddenStudentIdStaysAbsent() {
        SearchResource.HitJson hit = SearchResource.ResultJson.of(answer(new SearchResult(1, List.of(HIT), Map.of()))).hits().get(0);
        assertEquals(new SearchResource.HitJson("a-1", "COURSE_OUTCOME", "ACTIVE", null, null, null, null, "專題報告",
                List.of("<mark>專題</mark>報告"), 1.5f), hit);
        assertNull(hit.studentId());
    }

    @Test
    void aHitOfANamedStudentCarriesNameClassAndStudentNumber() {
        SearchHit hit = new SearchHit("a-2", DocumentType.ARTIFACT, DocumentState.ACTIVE, "s-1", "報告", List.of(), 1f);
        SearchAnswer answer = new SearchAnswer(new SearchResult(1, List.of(hit), Map.of()),
                Map.of("s-1", new StudentSummary("s-1", "A223456781", "陳怡君", "110123", "201")));
        SearchResource.HitJson json = SearchResource.ResultJson.of(answer).hits().get(0);
        assertEquals("陳怡君", json.studentName());
        assertEquals("201", json.className());
        assertEquals("110123", json.studentNumber());
    }

    private static SearchAnswer answer(SearchResult result) {
        return new SearchAnswer(result, Map.of());
    }
}
