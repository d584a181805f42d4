package tw.portfolio.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentSource;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/**
 * The Lucene {@link SearchIndex}. Lives in its own directory ({@code <dataDir>/index} on the
 * server) as numbered generations; a background thread refreshes the near-real-time searcher every
 * {@code refreshInterval}, so a write is searchable within that interval plus the refresh time.
 * Construct one per index directory and {@link #close()} it on shutdown.
 */
public final class LuceneSearchIndex implements SearchIndex {
    /** Default refresh interval: well under the 2 s visibility target. */
    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMillis(250);

    private final GenerationStore store;
    private final Analyzer indexAnalyzer = TraditionalChineseAnalyzer.forIndexing();
    private final QueryExecutor executor = new QueryExecutor(indexAnalyzer, TraditionalChineseAnalyzer.forQueries());
    private final IndexLagMeter lag = new IndexLagMeter(System::nanoTime);
    private final ReadWriteLock swapLock = new ReentrantReadWriteLock();
    private final ConcurrentSearch concurrentSearch;
    private final ScheduledExecutorService refresher;
    private final IndexRebuild rebuild;
    private volatile IndexGeneration live;

    /**
     * Opens (or creates) the index under {@code indexDir}.
     *
     * @param clock stamps rebuild progress
     * @param refreshInterval how often new writes are made searchable
     */
    public LuceneSearchIndex(Path indexDir, Clock clock, Duration refreshInterval) {
        this(indexDir, clock, refreshInterval, ConcurrentSearch.PROCESSORS);
    }

    /**
     * Opens (or creates) the index under {@code indexDir}, each search using up to {@code searchThreads}
     * threads over the index's segments (1: the calling thread only).
     */
    public LuceneSearchIndex(Path indexDir, Clock clock, Duration refreshInterval, int searchThreads) {
        if (searchThreads < 1) {
            throw new IllegalArgumentException("search threads must be at least 1, not " + searchThreads);
        }
        this.concurrentSearch = new ConcurrentSearch(searchThreads);
        this.store = new GenerationStore(indexDir);
        this.live = IndexGeneration.open(store.currentPath(), indexAnalyzer, lag, concurrentSearch.searcherFactory());
        this.rebuild = new IndexRebuild(this, store, indexAnalyzer, clock);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-index-refresh");
            t.setDaemon(true);
            return t;
        });
        long millis = refreshInterval.toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Opens the index with the system clock and {@link #DEFAULT_REFRESH_INTERVAL}. */
    public static LuceneSearchIndex open(Path indexDir) {
        return new LuceneSearchIndex(indexDir, Clock.systemUTC(), DEFAULT_REFRESH_INTERVAL);
    }

    @Override
    public void index(SearchDocument document) {
        write(generation -> generation.upsert(document), document.id());
    }

    @Override
    public void delete(String documentId) {
        if (documentId == null || documentId.isBlank()) {
            throw InvalidInputException.field("id", "is required");
        }
        write(generation -> generation.delete(documentId), documentId);
    }

    private void write(IoAction action, String documentId) {
        swapLock.readLock().lock();
        try {
            lag.writeStarted();
            action.apply(live);
            rebuild.mirror(action, documentId);
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed for " + documentId, e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    @Override
    public SearchResult search(SearchQuery query, Caller caller) {
        SearcherManager searchers = live.searchers();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException | IOException swappedMeanwhile) {
            searchers = live.searchers();
            searcher = acquire(searchers);
        }
        try {
            return executor.search(searcher, query, caller);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(searchers, searcher);
        }
    }

    /** Makes all writes so far searchable now (tests, admin tools); normally the refresher does it. */
    public void refresh() {
        try {
            live.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("search index refresh failed", e);
        }
    }

    @Override
    public void flush() {
        swapLock.readLock().lock();
        try {
            live.commit();
            rebuild.flushMirror();
        } catch (IOException e) {
            throw new UncheckedIOException("search index commit failed", e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    @Override
    public void purgeDeleted() {
        swapLock.readLock().lock();
        try {
            live.purgeDeleted();
            rebuild.purgeMirror();
        } catch (IOException e) {
            throw new UncheckedIOException("purging deleted documents failed", e);
        } finally {
            swapLock.readLock().unlock();
        }
    }

    @Override
    public RebuildProgress rebuild(DocumentSource source) {
        return rebuild.run(source);
    }

    /** Asks a running rebuild to stop at its next document; it can be resumed by calling rebuild again. */
    public void cancelRebuild() {
        rebuild.cancel();
    }

    @Override
    public RebuildProgress rebuildProgress() {
        return rebuild.progress();
    }

    @Override
    public Optional<Duration> lastIndexLag() {
        return lag.last();
    }

    @Override
    public long documentCount() {
        SearcherManager searchers = live.searchers();
        IndexSearcher searcher = acquire(searchers);
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searchers, searcher);
        }
    }

    /** The live generation's directory, for diagnostics and tests. */
    public Path liveDirectory() {
        return live.path();
    }

    /** Swaps in a finished generation; called by the rebuild with writes blocked. Returns the old one. */
    IndexGeneration swap(IndexGeneration next) {
        swapLock.writeLock().lock();
        try {
            IndexGeneration old = live;
            next.searchers().addListener(lag);
            store.promoteNext();
            live = next;
            return old;
        } finally {
            swapLock.writeLock().unlock();
        }
    }

    /** How this index's searchers are made (a rebuilt generation's too). */
    SearcherFactory searcherFactory() {
        return concurrentSearch.searcherFactory();
    }

    ReadWriteLock swapLock() {
        return swapLock;
    }

    private void refreshQuietly() {
        try {
            live.searchers().maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // the next tick tries again; a broken index shows in search errors
        }
    }

    private static IndexSearcher acquire(SearcherManager searchers) {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("search index unavailable", e);
        }
    }

    private static void release(SearcherManager searchers, IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("search index release failed", e);
        }
    }

    /** Stops the refresher without interrupting it (an interrupt during I/O would break the writer), then commits and closes. */
    @Override
    public void close() {
        refresher.shutdown();
        try {
            refresher.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        swapLock.writeLock().lock();
        try {
            rebuild.close();
            live.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the search index failed", e);
        } finally {
            swapLock.writeLock().unlock();
            concurrentSearch.close();
        }
    }

    /** A write applied to one generation. */
    @FunctionalInterface
    interface IoAction {
        void apply(IndexGeneration generation) throws IOException;
    }
}
