package tw.portfolio.archive.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.SearchQuery;

/**
 * In-process peers of {@code bench/search.sh}, on the index the stopped server left in its data
 * directory, with the same query file: p50/p99 of a raw Lucene {@link IndexSearcher} (top 20, the
 * exact query the index builds for a registrar) and of {@link LuceneSearchIndex#search} (adds exact
 * total, facets, snippets). Lives in this package, as the index module's test-scope {@code QueryProbe}
 * does, to reach the package-private query builder; the bench module is built only with {@code -Pbench}.
 * Usage: {@code SearchLatency INDEX_DIR QUERIES_FILE}.
 */
public final class SearchLatency {
    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        Caller caller = Caller.registrar("bench");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(Path.of(args[0]))) {
            QueryExecutor executor = new QueryExecutor(TraditionalChineseAnalyzer.forIndexing(),
                    TraditionalChineseAnalyzer.forQueries());
            Query[] parsed = queries.stream().map(q -> executor.build(SearchQuery.of(q), caller.scope()))
                    .toArray(Query[]::new);
            try (FSDirectory fs = FSDirectory.open(index.liveDirectory()); DirectoryReader reader = DirectoryReader.open(fs)) {
                IndexSearcher raw = new IndexSearcher(reader);
                long[] nanos = new long[parsed.length];
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < parsed.length; i++) {
                        long t = System.nanoTime();
                        raw.search(parsed[i], 20);
                        nanos[i] = System.nanoTime() - t;
                    }
                }
                report("raw", nanos, reader.numDocs());
            }
            long[] nanos = new long[queries.size()];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < nanos.length; i++) {
                    long t = System.nanoTime();
                    index.search(SearchQuery.of(queries.get(i)), caller);
                    nanos[i] = System.nanoTime() - t;
                }
            }
            report("index", nanos, -1);
        }
    }

    private static void report(String what, long[] nanos, int docs) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s p50 %.3f p99 %.3f max %.3f (ms, %d queries%s)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length, docs >= 0 ? ", " + docs + " documents" : "");
    }
}
