package tw.portfolio.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;
import tw.portfolio.archive.search.SearchScope;

/**
 * Runs one search on one searcher: parse, confine to the caller's scope, collect the page and the
 * facets, highlight the page.
 *
 * <p>Cost stays bounded on huge match sets. A small index, or a query the {@linkplain DocSampleQuery
 * sample} shows to match at most {@link #EXACT_FACETS_UP_TO} documents, gets one exact pass (exact
 * total, exact facets). A larger match set gets a top-k pass that stops counting at
 * {@link #EXACT_TOTAL_UP_TO} hits (so block-max WAND can skip non-competitive documents) and facet
 * counts estimated from a systematic sample of about {@link #SAMPLE_DOCS} doc ids; the result says
 * so ({@link SearchResult.TotalRelation#GTE}). Both passes run the same scope-filtered query, so no
 * count, exact or estimated, includes a document the caller may not see.
 */
final class QueryExecutor {
    /** Hits counted exactly before the top-k collector may skip; the total is then a lower bound. */
    static final int EXACT_TOTAL_UP_TO = 1_000;
    /** Largest (estimated) match set whose facets are counted exactly. */
    static final int EXACT_FACETS_UP_TO = 10_000;
    /** Doc ids the facet sample covers; an index no larger than this is always counted exactly. */
    static final int SAMPLE_DOCS = 20_000;
    /** Consecutive doc ids per sample window. */
    static final int SAMPLE_WINDOW = 64;

    /** Stored fields read for each hit: what the hit shows and the text its snippets come from, in one read. */
    private static final Set<String> STORED = Stream.concat(Stream.of(IndexFields.ID, IndexFields.TYPE,
            IndexFields.STATE, IndexFields.STUDENT_ID), IndexFields.SNIPPET_FIELDS.stream()).collect(Collectors.toUnmodifiableSet());

    private final TextQueryParser parser;
    private final Analyzer indexAnalyzer;
    private final boolean alwaysExact;

    QueryExecutor(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
        this(indexAnalyzer, queryAnalyzer, false);
    }

    /** With {@code alwaysExact}, every search counts every match (the behaviour before sampling; benchmarks compare it). */
    QueryExecutor(Analyzer indexAnalyzer, Analyzer queryAnalyzer, boolean alwaysExact) {
        this.parser = new TextQueryParser(queryAnalyzer);
        this.indexAnalyzer = indexAnalyzer;
        this.alwaysExact = alwaysExact;
    }

    /** The scored text query confined by the caller's scope and the filters. */
    Query build(SearchQuery query, SearchScope scope) {
        return confine(parser.parse(query.text()), query, scope);
    }

    private static Query confine(Query text, SearchQuery query, SearchScope scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text, BooleanClause.Occur.MUST);
        ScopeQueries.addFilters(builder, scope, query.filters());
        return builder.build();
    }

    /** Only the caller's scope and the filters: what a document the text query found must also match. */
    static Query filters(SearchQuery query, SearchScope scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        ScopeQueries.addFilters(builder, scope, query.filters());
        return builder.build();
    }

    SearchResult search(IndexSearcher searcher, SearchQuery query, Caller caller) throws IOException {
        SearchScope scope = caller.scope();
        Query text = parser.parse(query.text());
        Query lucene = confine(text, query, scope);
        int window = query.offset() + query.size();
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (!alwaysExact && maxDoc > SAMPLE_DOCS) {
            DocSampleQuery sample = DocSampleQuery.of(maxDoc, SAMPLE_DOCS, SAMPLE_WINDOW);
            FacetCounts.Tally estimate = searcher.search(new BooleanQuery.Builder()
                    .add(lucene, BooleanClause.Occur.FILTER).add(sample, BooleanClause.Occur.FILTER).build(),
                    new FacetCounts(IndexFields.FACETS, sample.scale()));
            if (estimate.matches() > EXACT_FACETS_UP_TO) {
                TopDocs top = topK(searcher, text, lucene, filters(query, scope), window);
                if (top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                        || top.totalHits.value > EXACT_FACETS_UP_TO) {
                    return result(searcher, query, scope, text, top, estimate.facets(), SearchResult.TotalRelation.GTE);
                }
            }
        }
        Object[] results = searcher.search(lucene, new MultiCollectorManager(
                new TopScoreDocCollectorManager(window, Integer.MAX_VALUE), new FacetCounts(IndexFields.FACETS)));
        FacetCounts.Tally exact = (FacetCounts.Tally) results[1];
        return result(searcher, query, scope, text, (TopDocs) results[0], exact.facets(), SearchResult.TotalRelation.EQ);
    }

    /**
     * The best {@code window} hits, the total counted exactly up to {@link #EXACT_TOTAL_UP_TO}. The
     * text query runs on its own, at the top level, where Lucene scores a disjunction with MaxScore,
     * and each document it finds is checked against the rest ({@link DisjunctiveTopK}): the same hits,
     * but documents whose words are only in low-scoring fields are skipped instead of scored. A text
     * query that requires several scoring clauses (every word of {@code 陳怡君 volunteers}) runs as
     * their disjunction checked against the whole query; a single clause is checked against the
     * scope and the filters only (the search found it, so it matches the text). Inside the whole
     * query, a conjunction with the filters, the same top 20 took about twice as long (1M documents,
     * single words: 16 → 8.5 ms, 11.7 → 4–5 ms).
     */
    private static TopDocs topK(IndexSearcher searcher, Query text, Query lucene, Query filters, int window)
            throws IOException {
        int threshold = Math.max(window, EXACT_TOTAL_UP_TO);
        List<Query> required = requiredScoringClauses(text);
        if (required.size() > 1) {
            return DisjunctiveTopK.search(searcher, lucene, required, window, threshold);
        }
        return DisjunctiveTopK.search(searcher, filters, List.of(text), window, threshold);
    }

    /** The clauses of a pure conjunction (every clause MUST), whose scores sum to its score; empty otherwise. */
    static List<Query> requiredScoringClauses(Query text) {
        if (text instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST)) {
            return bool.clauses().stream().map(BooleanClause::getQuery).toList();
        }
        return List.of();
    }

    /** The page's hits with snippets; only the text query is highlighted (filters and identifiers have no text to mark). */
    private SearchResult result(IndexSearcher searcher, SearchQuery query, SearchScope scope, Query text, TopDocs all,
            Map<String, Map<String, Long>> facets, SearchResult.TotalRelation relation) throws IOException {
        ScoreDoc[] page = all.scoreDocs.length <= query.offset()
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(all.scoreDocs, query.offset(), all.scoreDocs.length);
        SnippetHighlighter highlighter = SnippetHighlighter.of(indexAnalyzer, text);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            Document doc = stored.document(hit.doc, STORED);
            hits.add(new SearchHit(doc.get(IndexFields.ID), DocumentType.valueOf(doc.get(IndexFields.TYPE)),
                    DocumentState.valueOf(doc.get(IndexFields.STATE)),
                    scope.revealsStudentId() ? doc.get(IndexFields.STUDENT_ID) : null,
                    doc.get(IndexFields.TITLE), highlighter.snippets(doc), hit.score));
        }
        return new SearchResult(all.totalHits.value, relation, hits, facets);
    }
}
