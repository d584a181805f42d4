package tw.portfolio.archive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.SearchDocument;

/**
 * Writes many documents into a new, empty index directory at once: the same analyzer, document
 * mapping and writer settings as {@link LuceneSearchIndex}, but plain appends (no per-document
 * delete of an older version), no near-real-time refreshes and a large buffer. {@link #add} may be
 * called from several threads. The result is the directory's first generation, which a
 * {@link LuceneSearchIndex} (the server) opens and uses as is; later writes and the outbox catch-up
 * go on top of it. Ids must be unique: the loader does not replace, it refuses a non-empty directory.
 */
public final class BulkIndexLoader implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;
    private final AtomicLong added = new AtomicLong();

    private BulkIndexLoader(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /**
     * Opens a loader on {@code indexDir} (the directory a {@link LuceneSearchIndex} is opened on).
     *
     * @param ramBufferMb indexing buffer; larger means fewer, bigger flushed segments and fewer merges
     * @throws ConflictException if that directory already holds an index
     */
    public static BulkIndexLoader create(Path indexDir, double ramBufferMb) {
        GenerationStore store = new GenerationStore(indexDir);
        Path path = store.currentPath();
        try {
            Directory directory = FSDirectory.open(path);
            if (DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new ConflictException("the search index at " + path + " already exists; bulk loading needs an empty directory");
            }
            IndexWriterConfig config = IndexGeneration.writerConfig(TraditionalChineseAnalyzer.forIndexing(), ramBufferMb)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            return new BulkIndexLoader(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the search index at " + path, e);
        }
    }

    /** Appends the document (a deleted one is skipped, as the live index would remove it). Thread-safe. */
    public void add(SearchDocument document) {
        if (document.state() == DocumentState.DELETED) {
            return;
        }
        try {
            writer.addDocument(DocumentMapper.toLucene(document));
            added.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("bulk indexing failed at " + document.id(), e);
        }
    }

    /** Documents added so far. */
    public long added() {
        return added.get();
    }

    /** Makes everything added so far durable. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("bulk index commit failed", e);
        }
    }

    /** Commits and closes. */
    @Override
    public void close() {
        try {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("closing the bulk index failed", e);
        }
    }
}
