package tw.portfolio.archive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.SearchDocument;

/** One physical index directory with its writer and near-real-time searcher manager. */
final class IndexGeneration implements Closeable {
    /** Indexing buffer of a live generation; flushes happen at NRT refreshes long before it fills. */
    static final double RAM_BUFFER_MB = 64;

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextPostings postings;

    private IndexGeneration(Path path, Directory directory, IndexWriter writer, SearcherManager searchers,
            TextPostings postings) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.postings = postings;
    }

    static IndexGeneration open(Path path, Analyzer indexAnalyzer, ReferenceManager.RefreshListener listener,
            SearcherFactory searcherFactory) {
        try {
            Directory directory = FSDirectory.open(path);
            TextPostings postings = TextPostings.of(directory);
            IndexWriter writer = new IndexWriter(directory,
                    writerConfig(indexAnalyzer, RAM_BUFFER_MB).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            SearcherManager searchers = new SearcherManager(writer, searcherFactory);
            if (listener != null) {
                searchers.addListener(listener);
            }
            return new IndexGeneration(path, directory, writer, searchers, postings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + path, e);
        }
    }

    /** The writer settings every generation is written with (the bulk loader's too, so its index opens as any other). */
    static IndexWriterConfig writerConfig(Analyzer indexAnalyzer, double ramBufferMb) {
        TieredMergePolicy mergePolicy = new TieredMergePolicy();
        mergePolicy.setForceMergeDeletesPctAllowed(0.0);
        return new IndexWriterConfig(indexAnalyzer)
                .setRAMBufferSizeMB(ramBufferMb)
                .setMergePolicy(mergePolicy)
                .setCommitOnClose(true);
    }

    Path path() {
        return path;
    }

    SearcherManager searchers() {
        return searchers;
    }

    Directory directory() {
        return directory;
    }

    /** Adds or replaces the document; a deleted document is removed instead. */
    void upsert(SearchDocument document) throws IOException {
        if (document.state() == DocumentState.DELETED) {
            delete(document.id());
        } else {
            writer.updateDocument(idTerm(document.id()), DocumentMapper.toLucene(document, postings));
        }
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(idTerm(id));
    }

    /** Deletes every document whose student id is {@code studentId}. */
    void deleteStudent(String studentId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.STUDENT_ID, studentId));
    }

    void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(new HashMap<>(userData).entrySet());
        writer.commit();
    }

    void commit() throws IOException {
        writer.commit();
    }

    /** Rewrites segments with deletions, commits, and reopens so files of the old segments are released. */
    void purgeDeleted() throws IOException {
        writer.forceMergeDeletes(true);
        writer.commit();
        searchers.maybeRefreshBlocking();
        writer.deleteUnusedFiles();
    }

    Map<String, String> committedUserData() throws IOException {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private static Term idTerm(String id) {
        return new Term(IndexFields.ID, id);
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }
}
