package tw.portfolio.archive.index.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.index.LuceneSearchIndex;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentLoader;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.IndexOperation;
import tw.portfolio.archive.search.IndexOutbox;
import tw.portfolio.archive.search.OutboxEntry;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/** The outbox on real embedded Derby, migrated by Flyway with V4: crashes lose no index work. */
class OutboxIndexerTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Instant T0 = Instant.parse("2026-11-28T08:00:00Z");

    @TempDir
    Path dir;
    EmbeddedDataSource dataSource;
    JdbcIndexOutbox outbox;

    @BeforeEach
    void migrate() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:outbox" + DATABASES.incrementAndGet());
        dataSource.setCreateDatabase("create");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE outcome (id VARCHAR(100) PRIMARY KEY, title VARCHAR(200) NOT NULL)");
        }
        outbox = new JdbcIndexOutbox(dataSource, Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** The archive's ingest: the record and its outbox entry in one transaction. */
    private void ingest(String id, String title, boolean commit) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outcome (id, title) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, title);
                insert.executeUpdate();
            }
            JdbcIndexOutbox.enqueue(c, id, DocumentType.COURSE_OUTCOME, IndexOperation.INDEX, T0);
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
        }
    }

    private DocumentLoader loader() {
        return (id, type) -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement select = c.prepareStatement("SELECT title FROM outcome WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(SearchDocument.builder(id, type).title(row.getString(1)).build())
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static long hits(LuceneSearchIndex index, String q) {
        return index.search(SearchQuery.of(q), Caller.registrar("r")).total();
    }

    @Test
    void eightConcurrentWritersAllCommitTheirEntries() throws Exception {
        int writers = 8;
        int each = 100;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    ingest("w" + writer + "-" + i, "title", true);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<?> f : done) {
            f.get(); // an identity column failed here with 40XL1 ("too much contention")
        }
        List<OutboxEntry> pending = outbox.pending(writers * each + 1);
        assertEquals(writers * each, pending.size());
        assertEquals(writers * each, pending.stream().map(OutboxEntry::id).distinct().count());
    }

    @Test
    void aCrashBetweenCommitAndIndexUpdateIsCaughtUpByTheNextIndexerOnRestart() throws SQLException {
        try (LuceneSearchIndex beforeCrash = LuceneSearchIndex.open(dir)) {
            ingest("o-1", "志工服務心得", true);
            assertEquals(0, hits(beforeCrash, "志工"));
        }
        assertEquals(1, outbox.pending(10).size());
        try (LuceneSearchIndex restarted = LuceneSearchIndex.open(dir)) {
            assertEquals(1, new OutboxIndexer(new JdbcIndexOutbox(dataSource, Clock.systemUTC()), restarted, loader()).drain());
            restarted.refresh();
            assertEquals(1, hits(restarted, "志工"));
        }
        assertTrue(outbox.pending(10).isEmpty());
    }

    @Test
    void aCrashAfterTheIndexFlushButBeforeTheAcknowledgementOnlyRepeatsWork() throws SQLException {
        ingest("o-1", "志工服務心得", true);
        IndexOutbox crashesOnAck = new IndexOutbox() {
            @Override
            public List<OutboxEntry> pending(int limit) {
                return outbox.pending(limit);
            }

            @Override
            public void acknowledge(Collection<OutboxEntry> done) {
                throw new IllegalStateException("power lost");
            }

            @Override
            public void recordFailure(OutboxEntry entry, String reason) {
                outbox.recordFailure(entry, reason);
            }
        };
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertThrows(IllegalStateException.class, () -> new OutboxIndexer(crashesOnAck, index, loader()).drain());
        }
        try (LuceneSearchIndex restarted = LuceneSearchIndex.open(dir)) {
            assertEquals(1, restarted.documentCount(), "the flushed update survived the crash");
            assertEquals(1, new OutboxIndexer(outbox, restarted, loader()).drain());
            restarted.refresh();
            assertEquals(1, restarted.documentCount());
        }
    }

    @Test
    void aRolledBackIngestLeavesNoIndexWork() throws SQLException {
        ingest("o-1", "志工服務心得", false);
        assertTrue(outbox.pending(10).isEmpty());
    }

    @Test
    void entriesAreAppliedInOrderAndARecordGoneMeanwhileIsRemoved() throws SQLException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            ingest("o-1", "第一份報告", true);
            ingest("o-2", "第二份報告", true);
            OutboxIndexer indexer = new OutboxIndexer(outbox, index, loader(), 1);
            assertEquals(2, indexer.drain());
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM outcome WHERE id = 'o-1'");
            }
            outbox.enqueue("o-1", DocumentType.COURSE_OUTCOME, IndexOperation.INDEX);
            outbox.enqueue("o-2", DocumentType.COURSE_OUTCOME, IndexOperation.DELETE);
            assertEquals(2, indexer.drain());
            index.refresh();
            assertEquals(0, index.documentCount());
        }
    }

    @Test
    void anEntryThatFailsStaysPendingWithItsErrorRecorded() throws SQLException {
        ingest("o-1", "志工服務心得", true);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            OutboxIndexer indexer = new OutboxIndexer(outbox, index, (id, type) -> {
                throw new IllegalStateException("storage offline");
            });
            assertEquals(0, indexer.drain());
            assertEquals(1, indexer.failures());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT attempts, last_error, enqueued_at FROM index_outbox")) {
            assertTrue(row.next());
            assertEquals(1, row.getInt(1));
            assertEquals("IllegalStateException: storage offline", row.getString(2));
        }
        assertEquals(T0, outbox.pending(1).get(0).enqueuedAt());
    }

    @Test
    void aSealingEntryReindexesEveryDocumentOfTheStudentAsSealedSoStaffNeitherFindNorCountThem() throws SQLException {
        java.util.Map<String, tw.portfolio.archive.search.DocumentState> states = new java.util.HashMap<>(java.util.Map.of(
                "s1-a", tw.portfolio.archive.search.DocumentState.ACTIVE,
                "s1-b", tw.portfolio.archive.search.DocumentState.ACTIVE,
                "s2-a", tw.portfolio.archive.search.DocumentState.ACTIVE));
        List<String> askedFor = new java.util.ArrayList<>();
        DocumentLoader byStudent = new DocumentLoader() {
            @Override
            public Optional<SearchDocument> load(String id, DocumentType type) {
                return Optional.of(doc(id));
            }

            @Override
            public List<SearchDocument> studentDocuments(String studentId) {
                askedFor.add(studentId);
                return states.keySet().stream().filter(id -> id.startsWith(studentId + "-")).sorted().map(this::doc).toList();
            }

            private SearchDocument doc(String id) {
                return SearchDocument.builder(id, DocumentType.COURSE_OUTCOME).title("志工服務心得 " + id)
                        .studentId(id.substring(0, 2)).state(states.get(id)).build();
            }
        };
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            OutboxIndexer indexer = new OutboxIndexer(outbox, index, byStudent);
            states.keySet().forEach(id -> outbox.enqueue(id, DocumentType.COURSE_OUTCOME, IndexOperation.INDEX));
            assertEquals(3, indexer.drain());
            index.refresh();
            assertEquals(3, hits(index, "志工"));
            // the sweep's transaction: the student's rows become SEALED and a SEALING event writes this entry
            states.replaceAll((id, s) -> id.startsWith("s1-") ? tw.portfolio.archive.search.DocumentState.SEALED : s);
            outbox.enqueue("student:s1", DocumentType.STUDENT, IndexOperation.INDEX);
            assertEquals(1, indexer.drain());
            index.refresh();
            assertEquals(List.of("s1"), askedFor, "one look-up by student id, no scan");
            tw.portfolio.archive.search.SearchResult staff = index.search(SearchQuery.of("志工"), Caller.registrar("r"));
            assertEquals(1, staff.total());
            assertEquals(java.util.Map.of("ACTIVE", 1L), staff.facets().get("state"), "facets count only what staff see");
            assertEquals(1, index.search(SearchQuery.of("志工"), Caller.auditor("a", null)).total());
            assertEquals(3, index.search(SearchQuery.of("志工"), Caller.auditor("a", "court order 17")).total());
        }
    }
}
