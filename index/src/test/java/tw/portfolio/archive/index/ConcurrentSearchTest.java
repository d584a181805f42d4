package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/**
 * A search run over several slices on several threads answers exactly what one thread answers: the
 * same hits in the same order with the same scores and snippets, the same facets; past the exact
 * threshold both totals are lower bounds of at least the threshold. The index has more documents than
 * the facet sample, so both the exact and the estimated paths run, and many segments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSearchTest {
    WordCorpus corpus;
    ConcurrentSearch threads = new ConcurrentSearch(3);
    IndexSearcher single;
    IndexSearcher concurrent;
    final QueryExecutor executor = new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(),
            TraditionalChineseAnalyzer.forQueries());

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        corpus = new WordCorpus(dir, QueryExecutor.SAMPLE_DOCS + 5_000, 30, 1, "。", 7);
        single = new IndexSearcher(corpus.reader);
        concurrent = threads.searcherFactory().newSearcher(corpus.reader, null);
    }

    @AfterAll
    void close() throws IOException {
        corpus.close();
        threads.close();
    }

    @Test
    void anIndexNeedsAtLeastOneSearchThreadAndOneMeansTheCallersOwn(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class,
                () -> new LuceneSearchIndex(dir, Clock.systemUTC(), Duration.ofSeconds(1), 0));
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir, Clock.systemUTC(), Duration.ofSeconds(1), 1)) {
            index.index(SearchDocument.builder("x-1", DocumentType.ARTIFACT).title("河川調查").build());
            index.refresh();
            assertEquals(1, index.search(SearchQuery.of("河川"), Caller.registrar("r")).total());
        }
        assertEquals(SearcherFactory.class, new ConcurrentSearch(1).searcherFactory().getClass(),
                "one thread: Lucene's plain factory, no pool");
    }

    @ParameterizedTest
    @ValueSource(strings = {"河川", "volunteer", "第一名 report", "\"社區 服務\"", "水質 OR river", ""})
    void severalThreadsAnswerWhatOneThreadAnswers(String text) throws IOException {
        assertTrue(concurrent.getSlices().length > 1, "slices: " + concurrent.getSlices().length);
        for (Caller caller : List.of(Caller.registrar("r"), Caller.student("u", "s7"), Caller.teacher("t"))) {
            for (SearchFilters filters : List.of(SearchFilters.none(), SearchFilters.parse("111", "2", null, null, null))) {
                SearchQuery query = SearchQuery.of(text, filters, 0, 20);
                SearchResult one = executor.search(single, query, caller);
                SearchResult many = executor.search(concurrent, query, caller);
                String what = "'" + text + "' as " + caller.scope() + " with " + filters;
                assertEquals(one.hits(), many.hits(), what);
                assertEquals(one.facets(), many.facets(), what);
                assertEquals(one.totalRelation(), many.totalRelation(), what);
                if (one.totalRelation() == SearchResult.TotalRelation.EQ) {
                    assertEquals(one.total(), many.total(), what);
                } else {
                    assertTrue(many.total() >= QueryExecutor.EXACT_TOTAL_UP_TO, what + ": " + many.total());
                }
            }
        }
    }
}
