package tw.portfolio.archive.index;

import org.apache.lucene.search.Query;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchQuery;

/** Test-scope access to the Lucene query the index runs, for the benchmark's raw-searcher baseline. */
public final class QueryProbe {
    private QueryProbe() {
    }

    public static Query build(SearchQuery query, Caller caller) {
        return new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(), TraditionalChineseAnalyzer.forQueries())
                .build(query, caller.scope());
    }
}
