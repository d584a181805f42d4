package tw.portfolio.archive.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/**
 * In-process peers of {@code bench/search.sh}, on the index the stopped server left in its data
 * directory, with the same query file, each query run once to warm up and once measured:
 * <ul>
 * <li>{@code raw}: a raw Lucene {@link IndexSearcher}, {@code search(query, 20)} on the exact query
 * the index builds for a registrar (the peer);</li>
 * <li>{@code rawconcurrent}: the same with the searcher searching its slices on one thread per core,
 * as the server's searchers do ({@link ConcurrentSearch}), so the peer has what we have;</li>
 * <li>{@code exact}: the search as it was before sampling (exact total, facets over every match,
 * snippets) on that same searcher, measured in one round only (at a million documents it is slow);</li>
 * <li>{@code index}: {@link LuceneSearchIndex#search} as the server runs it.</li>
 * </ul>
 * Each line also says how many queries had no hit (should be 0: the registrar must see the corpus).
 * A white-box profiler: it lives in the index module's test tree, in the index package, where reaching the
 * package-private query builder is legitimate; {@code bench/search.sh} runs it with
 * {@code index/target/test-classes} on the class path.
 * Usage: {@code SearchLatency INDEX_DIR QUERIES_FILE}.
 */
public final class SearchLatency {
    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Caller caller = Caller.registrar("bench");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[0]))) {
            QueryExecutor exact = new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(),
                    TraditionalChineseAnalyzer.forQueries(), true);
            Query[] parsed = queries.stream().map(q -> exact.build(SearchQuery.of(q), caller.scope()))
                    .toArray(Query[]::new);
            try (FSDirectory fs = FSDirectory.open(index.liveDirectory()); DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher raw = new IndexSearcher(reader);
                long[] nanos = new long[parsed.length];
                int empty = 0;
                for (int round = 0; round < 2; round++) {
                    empty = 0;
                    for (int i = 0; i < parsed.length; i++) {
                        long t = System.nanoTime();
                        TopDocs top = raw.search(parsed[i], 20);
                        nanos[i] = System.nanoTime() - t;
                        empty += top.scoreDocs.length == 0 ? 1 : 0;
                    }
                }
                report("raw", nanos, empty, reader.numDocs() + " documents");
                try (ConcurrentSearch threads = ConcurrentSearch.forThisMachine()) {
                    IndexSearcher sliced = threads.searcherFactory().newSearcher(reader, null);
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < parsed.length; i++) {
                            long t = System.nanoTime();
                            sliced.search(parsed[i], 20);
                            nanos[i] = System.nanoTime() - t;
                        }
                    }
                    report("rawconcurrent", nanos, empty, sliced.getSlices().length
                            + " slices on the threads LuceneSearchIndex uses, as LuceneSearchIndex.search runs");
                }
                empty = 0;
                for (int i = 0; i < parsed.length; i++) {
                    long t = System.nanoTime();
                    SearchResult r = exact.search(raw, SearchQuery.of(queries.get(i)), caller);
                    nanos[i] = System.nanoTime() - t;
                    empty += r.total() == 0 ? 1 : 0;
                }
                report("exact", nanos, empty, "before: exact totals and facets; one round, it is slow");
            }
            long[] nanos = new long[queries.size()];
            int empty = 0;
            int estimated = 0;
            for (int round = 0; round < 2; round++) {
                empty = 0;
                estimated = 0;
                for (int i = 0; i < nanos.length; i++) {
                    long t = System.nanoTime();
                    SearchResult r = index.search(SearchQuery.of(queries.get(i)), caller);
                    nanos[i] = System.nanoTime() - t;
                    empty += r.total() == 0 ? 1 : 0;
                    estimated += r.totalRelation() == SearchResult.TotalRelation.GTE ? 1 : 0;
                }
            }
            report("index", nanos, empty, estimated + " with estimated facets");
        }
    }

    private static void report(String what, long[] nanos, int empty, String note) throws IOException {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s p50 %.3f p99 %.3f max %.3f (ms, %d queries, %d without hits, %s; load %s)%n",
                what, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length, empty, note, CorpusLoader.load());
    }
}
