package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/**
 * An index larger than the facet sample (bulk loaded, then opened as the server opens it), where a
 * broad query gets a bounded total and estimated facets, and a narrow one or a student's stays exact.
 * Student {@code s0} has 50 documents; everyone else shares the rest; every tenth document is sealed;
 * every thousandth (60, a third of them contests) mentions 河川.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeMatchSetTest {
    static final int DOCS = 3 * QueryExecutor.SAMPLE_DOCS;

    LuceneSearchIndex index;

    @BeforeAll
    void load(@TempDir Path dir) {
        try (BulkIndexLoader loader = BulkIndexLoader.create(dir, 64)) {
            for (int i = 0; i < DOCS; i++) {
                loader.add(SearchDocument.builder(String.format("d-%06d", i), DocumentType.DIVERSE_PERFORMANCE)
                        .studentId(i < 50 ? "s0" : "s" + (1 + i % 97)).academicYear(110 + i % 4).semester(1 + i % 2)
                        .category(i % 3 == 0 ? "競賽" : "服務學習").state(i % 10 == 9 ? DocumentState.SEALED : DocumentState.ACTIVE)
                        .title("社區服務 報告 " + (i % 1000 == 0 ? "河川水質" : "")).build());
            }
        }
        index = LuceneSearchIndex.open(dir);
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void aBroadQueryReportsALowerBoundTotalAndFacetEstimatesCloseToTheTrueCounts() {
        SearchResult result = index.search(SearchQuery.of("社區"), Caller.registrar("r"));
        assertEquals(SearchResult.TotalRelation.GTE, result.totalRelation());
        assertTrue(result.total() >= QueryExecutor.EXACT_TOTAL_UP_TO, "total " + result.total());
        assertEquals(20, result.hits().size());
        long active = DOCS - DOCS / 10;
        assertEquals(Set.of("ACTIVE"), result.facets().get("state").keySet(), "sealed documents are never counted");
        long estimated = result.facets().get("state").get("ACTIVE");
        assertTrue(Math.abs(estimated - active) < active * 0.05, "estimated " + estimated + " of " + active);
        long contests = result.facets().get("category").get("競賽");
        long trueContests = active / 3;
        assertTrue(Math.abs(contests - trueContests) < trueContests * 0.1, "estimated " + contests + " of " + trueContests);
    }

    @Test
    void aNarrowQueryOnTheSameIndexIsCountedExactly() {
        SearchResult result = index.search(SearchQuery.of("河川"), Caller.registrar("r"));
        assertEquals(SearchResult.TotalRelation.EQ, result.totalRelation());
        assertEquals(60, result.total());
        assertEquals(Map.of("競賽", 20L, "服務學習", 40L), result.facets().get("category"));
    }

    @Test
    void aStudentsFacetsStayExactAndTheirOwnEvenWhenEveryoneElseMatchesToo() {
        SearchResult result = index.search(SearchQuery.of("社區"), Caller.student("u0", "s0"));
        assertEquals(SearchResult.TotalRelation.EQ, result.totalRelation());
        assertEquals(45, result.total());
        assertEquals(Map.of("ACTIVE", 45L), result.facets().get("state"));
        assertEquals(45L, result.facets().get("academicYear").values().stream().mapToLong(Long::longValue).sum());
        Set<String> students = result.hits().stream().map(SearchHit::studentId).collect(Collectors.toSet());
        assertEquals(Set.of("s0"), students);
    }
}
