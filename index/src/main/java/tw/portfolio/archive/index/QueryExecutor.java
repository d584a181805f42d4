package tw.portfolio.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;
import tw.portfolio.archive.search.SearchScope;

/**
 * Runs one search on one searcher: parse, confine to the caller's scope, collect the page and the
 * facets in one pass, highlight the page.
 */
final class QueryExecutor {
    private static final Set<String> STORED = Set.of(IndexFields.ID, IndexFields.TYPE, IndexFields.STATE,
            IndexFields.STUDENT_ID, IndexFields.TITLE);

    private final TextQueryParser parser;
    private final Analyzer indexAnalyzer;

    QueryExecutor(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
        this.parser = new TextQueryParser(queryAnalyzer);
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The scored text query confined by the caller's scope and the filters. */
    Query build(SearchQuery query, SearchScope scope) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(parser.parse(query.text()), BooleanClause.Occur.MUST);
        ScopeQueries.addFilters(builder, scope, query.filters());
        return builder.build();
    }

    SearchResult search(IndexSearcher searcher, SearchQuery query, Caller caller) throws IOException {
        SearchScope scope = caller.scope();
        Query lucene = build(query, scope);
        int window = query.offset() + query.size();
        Object[] results = searcher.search(lucene, new MultiCollectorManager(
                new TopScoreDocCollectorManager(window, Integer.MAX_VALUE), new FacetCounts(IndexFields.FACETS)));
        TopDocs all = (TopDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> facets = (Map<String, Map<String, Long>>) results[1];
        ScoreDoc[] page = all.scoreDocs.length <= query.offset()
                ? new ScoreDoc[0]
                : Arrays.copyOfRange(all.scoreDocs, query.offset(), all.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(all.totalHits, page);
        List<List<String>> snippets = SnippetHighlighter.snippets(searcher, indexAnalyzer, lucene, pageDocs);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = searcher.storedFields().document(page[i].doc, STORED);
            hits.add(new SearchHit(doc.get(IndexFields.ID), DocumentType.valueOf(doc.get(IndexFields.TYPE)),
                    DocumentState.valueOf(doc.get(IndexFields.STATE)),
                    scope.revealsStudentId() ? doc.get(IndexFields.STUDENT_ID) : null,
                    doc.get(IndexFields.TITLE), snippets.get(i), page[i].score));
        }
        return new SearchResult(all.totalHits.value, hits, facets);
    }
}
