package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchScope;

/**
 * Running a conjunction of words as their disjunction checked against the whole query finds exactly
 * the hits, in the same order with the same scores (up to float rounding), that the conjunction
 * itself finds, whatever the caller's scope and filters; and counts exactly up to its threshold. The corpus
 * repeats a few words in every field with random frequencies, so that scores are close and most
 * documents match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisjunctiveTopKTest {
    WordCorpus corpus;
    IndexSearcher searcher;
    final QueryExecutor executor = new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(),
            TraditionalChineseAnalyzer.forQueries());

    @BeforeAll
    void load(@TempDir Path dir) throws IOException {
        corpus = new WordCorpus(dir, 6_000, 40, 16, "，", 42);
        searcher = new IndexSearcher(corpus.reader);
    }

    @AfterAll
    void close() throws IOException {
        corpus.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"河川 water", "第一名 report", "社區 服務 volunteer", "水質 河川", "\"社區 服務\" river"})
    void theDisjunctionFindsTheConjunctionsTopHitsInTheSameOrderForAnyScope(String text) throws IOException {
        for (Caller caller : List.of(Caller.registrar("r"), Caller.student("u", "s7"), Caller.teacher("t"))) {
            for (SearchFilters filters : List.of(SearchFilters.none(), SearchFilters.parse("111", "2", null, null, null))) {
                SearchQuery query = SearchQuery.of(text, filters, 0, 20);
                Query full = executor.build(query, caller.scope());
                List<Query> words = QueryExecutor.requiredScoringClauses(
                        new TextQueryParser(TraditionalChineseAnalyzer.forQueries()).parse(text));
                assertTrue(words.size() > 1, "a conjunction of " + text);
                TopDocs expected = searcher.search(full, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
                TopDocs actual = DisjunctiveTopK.search(searcher, full, words, 20, Integer.MAX_VALUE);
                String what = text + " as " + caller.scope() + " with " + filters;
                assertEquals(ids(expected), ids(actual), what);
                assertEquals(expected.totalHits, actual.totalHits, what);
                for (int i = 0; i < expected.scoreDocs.length; i++) {
                    assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-5f, what);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"河川", "第一名", "volunteer", "\"社區 服務\"", "河川 OR water", "服務 -report", ""})
    void aSingleTextClauseRunAloneAndCheckedAgainstTheFiltersFindsTheWholeQuerysHitsWithItsScores(String text)
            throws IOException {
        Query parsed = new TextQueryParser(TraditionalChineseAnalyzer.forQueries()).parse(text);
        assertTrue(QueryExecutor.requiredScoringClauses(parsed).size() <= 1, "not a conjunction of words: " + text);
        for (Caller caller : List.of(Caller.registrar("r"), Caller.student("u", "s7"), Caller.teacher("t"),
                Caller.auditorWithReason("a", "audit"))) {
            for (SearchFilters filters : List.of(SearchFilters.none(), SearchFilters.parse("111", "2", null, null, null),
                    SearchFilters.parse(null, null, null, "SEALED", "ARTIFACT"))) {
                SearchQuery query = SearchQuery.of(text, filters, 0, 20);
                TopDocs expected = searcher.search(executor.build(query, caller.scope()),
                        new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE));
                TopDocs actual = DisjunctiveTopK.search(searcher, QueryExecutor.filters(query, caller.scope()),
                        List.of(parsed), 20, Integer.MAX_VALUE);
                String what = "'" + text + "' as " + caller.scope() + " with " + filters;
                assertEquals(ids(expected), ids(actual), what);
                assertEquals(expected.totalHits, actual.totalHits, what);
                for (int i = 0; i < expected.scoreDocs.length; i++) {
                    assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, what);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"河川 water", "社區 服務 volunteer"})
    void pastItsThresholdTheTotalIsALowerBoundAndTheTopHitsAreStillExact(String text) throws IOException {
        SearchScope scope = Caller.registrar("r").scope();
        Query full = executor.build(SearchQuery.of(text), scope);
        List<Query> words = QueryExecutor.requiredScoringClauses(new TextQueryParser(TraditionalChineseAnalyzer.forQueries()).parse(text));
        TopDocs exact = searcher.search(full, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
        TopDocs bounded = DisjunctiveTopK.search(searcher, full, words, 10, 100);
        assertTrue(exact.totalHits.value > 100, "the query matches more than the threshold: " + exact.totalHits);
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, bounded.totalHits.relation);
        assertTrue(bounded.totalHits.value >= 100 && bounded.totalHits.value <= exact.totalHits.value, bounded.totalHits.toString());
        assertEquals(ids(exact), ids(bounded));
    }

    private static List<Integer> ids(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map((ScoreDoc d) -> d.doc).toList();
    }
}
