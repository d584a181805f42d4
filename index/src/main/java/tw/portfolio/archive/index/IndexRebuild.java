package tw.portfolio.archive.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.search.DocumentSource;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchDocument;

/**
 * Builds the next index generation from a {@link DocumentSource} beside the live one, then swaps
 * it in. Writes made while it runs go to both generations ("mirroring"), and a document written
 * that way is not overwritten by the (older) copy the source gives later. Progress is committed
 * every {@link #CHECKPOINT} documents with the last id, so a stopped rebuild resumes after it;
 * an unfinished generation keeps being mirrored, across restarts too, so resuming never misses a
 * change.
 */
final class IndexRebuild implements Closeable {
    /** Documents between durable checkpoints. */
    static final int CHECKPOINT = 5_000;
    private static final String LAST_ID = "rebuild.lastId";

    private final LuceneSearchIndex owner;
    private final GenerationStore store;
    private final Analyzer analyzer;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Set<String> mirrored = ConcurrentHashMap.newKeySet();
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private volatile IndexGeneration target;
    private volatile boolean cancelled;

    IndexRebuild(LuceneSearchIndex owner, GenerationStore store, Analyzer analyzer, Clock clock) {
        this.owner = owner;
        this.store = store;
        this.analyzer = analyzer;
        this.clock = clock;
        if (store.hasNext()) {
            target = IndexGeneration.open(store.nextPath(), analyzer, null, owner.searcherFactory());
        }
    }

    /** Applies a live write to the unfinished generation too; called under the owner's read lock. */
    void mirror(LuceneSearchIndex.IoAction action, String documentId) throws IOException {
        IndexGeneration t = target;
        if (t != null) {
            action.apply(t);
            mirrored.add(documentId);
        }
    }

    void flushMirror() throws IOException {
        IndexGeneration t = target;
        if (t != null) {
            t.commit();
        }
    }

    /** Merges deletions out of the unfinished generation too, so no generation on disk keeps deleted text. */
    void purgeMirror() throws IOException {
        IndexGeneration t = target;
        if (t != null) {
            t.purgeDeleted();
        }
    }

    void cancel() {
        cancelled = true;
    }

    RebuildProgress progress() {
        return progress.get();
    }

    RebuildProgress run(DocumentSource source) {
        if (!running.compareAndSet(false, true)) {
            throw new ConflictException("a rebuild is already running");
        }
        cancelled = false;
        long total = source.count();
        var started = clock.instant();
        long done = 0;
        try {
            owner.swapLock().writeLock().lock();
            try {
                if (target == null) {
                    target = IndexGeneration.open(store.nextPath(), analyzer, null, owner.searcherFactory());
                }
            } finally {
                owner.swapLock().writeLock().unlock();
            }
            IndexGeneration t = target;
            String lastId = t.committedUserData().get(LAST_ID);
            done = countDocs(t);
            progress.set(new RebuildProgress(RebuildProgress.State.RUNNING, done, total, started, null, null));
            try (Stream<SearchDocument> documents = source.documentsAfter(lastId)) {
                Iterator<SearchDocument> it = documents.iterator();
                while (it.hasNext()) {
                    if (cancelled) {
                        throw new IllegalStateException("cancelled; call rebuild again to resume");
                    }
                    SearchDocument doc = it.next();
                    if (lastId != null && doc.id().compareTo(lastId) <= 0) {
                        throw new IllegalStateException("the document source is not in ascending id order at " + doc.id());
                    }
                    if (!mirrored.contains(doc.id())) {
                        t.upsert(doc);
                    }
                    lastId = doc.id();
                    if (++done % CHECKPOINT == 0) {
                        t.commit(Map.of(LAST_ID, lastId));
                        progress.set(new RebuildProgress(RebuildProgress.State.RUNNING, done, total, started, null, null));
                    }
                }
            }
            t.commit(lastId == null ? Map.of() : Map.of(LAST_ID, lastId));
            t.searchers().maybeRefreshBlocking();
            finish(t);
            RebuildProgress finished = new RebuildProgress(RebuildProgress.State.DONE, done, total, started, clock.instant(), null);
            progress.set(finished);
            return finished;
        } catch (IOException | RuntimeException e) {
            RebuildProgress failed = new RebuildProgress(RebuildProgress.State.FAILED, done, total, started,
                    clock.instant(), String.valueOf(e.getMessage()));
            progress.set(failed);
            return failed;
        } finally {
            running.set(false);
        }
    }

    private void finish(IndexGeneration t) throws IOException {
        IndexGeneration old;
        owner.swapLock().writeLock().lock();
        try {
            old = owner.swap(t);
            target = null;
            mirrored.clear();
        } finally {
            owner.swapLock().writeLock().unlock();
        }
        old.close();
        store.discard(old.path());
    }

    private static long countDocs(IndexGeneration generation) throws IOException {
        IndexSearcher searcher = generation.searchers().acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            generation.searchers().release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        IndexGeneration t = target;
        target = null;
        if (t != null) {
            t.close();
        }
    }
}
