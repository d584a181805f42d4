package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentSource;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.RebuildProgress;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/** Near-real-time visibility, deletion down to the files, and rebuilds that swap and resume. */
class IndexLifecycleTest {
    @TempDir
    Path dir;

    private static SearchDocument doc(String id, String body) {
        return SearchDocument.builder(id, DocumentType.ARTIFACT).title("檔案 " + id).body(body).build();
    }

    private static long count(LuceneSearchIndex index, String q) {
        return index.search(SearchQuery.of(q), Caller.registrar("r")).total();
    }

    @Test
    @Timeout(60)
    void aNewDocumentBecomesSearchableWithoutAnExplicitRefreshAndItsLagIsMeasured() throws Exception {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir, Clock.systemUTC(), Duration.ofMillis(100))) {
            assertTrue(index.lastIndexLag().isEmpty());
            index.index(doc("n-1", "quokkaword"));
            while (count(index, "quokkaword") == 0) {
                Thread.sleep(20);
            }
            assertTrue(index.lastIndexLag().isPresent());
            assertFalse(index.lastIndexLag().get().isNegative());
        }
    }

    @Test
    void afterDeleteAndPurgeTheDeletedDocumentsUniqueWordIsGoneFromTheIndexFiles() throws IOException {
        Path indexDir = dir.resolve("idx");
        Path generation;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            IntStream.range(0, 50).forEach(i -> index.index(doc("keep-" + i, "ordinary text " + i)));
            index.index(doc("gone", "zyxquorbian secret 密碼本"));
            index.flush();
            index.refresh();
            generation = index.liveDirectory();
            assertTrue(termExists(generation, "zyxquorbian"), "the word is indexed before deletion");
            index.delete("gone");
            index.purgeDeleted();
            assertEquals(0, count(index, "zyxquorbian"));
        }
        assertFalse(termExists(generation, "zyxquorbian"));
        assertFalse(termExists(generation, "密碼"));
        for (Path file : Files.list(generation).toList()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("zyxquorbian"), file.toString());
        }
    }

    @Test
    void aForgottenStudentsDocumentsGoWhateverTheirIdsAndAWriteArrivingLaterIsRefused() throws IOException {
        Path indexDir = dir.resolve("forget");
        Path generation;
        SearchDocument late = SearchDocument.builder("late-outcome", DocumentType.ARTIFACT).studentId("s-gone")
                .nationalId("A123456789").body("qwxlateword").build();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            IntStream.range(0, 20).forEach(i -> index.index(SearchDocument.builder("kept-" + i, DocumentType.ARTIFACT)
                    .studentId("s-kept").body("ordinary text " + i).build()));
            index.index(SearchDocument.builder("a-1", DocumentType.ARTIFACT).studentId("s-gone")
                    .nationalId("A123456789").body("zyxerasedword").build());
            index.index(SearchDocument.builder("record-9", DocumentType.COURSE_OUTCOME).studentId("s-gone")
                    .body("zyxerasedword two").build());
            index.flush();
            generation = index.liveDirectory();

            index.forgetStudent("s-gone");
            index.index(late); // an indexer batch that loaded the student's record before it was erased
            index.flush();
            index.purgeDeleted();
            index.refresh();
            assertEquals(20, index.documentCount(), "only the other student's documents are left");
        }
        for (String word : List.of("zyxerasedword", "qwxlateword", "A123456789")) {
            for (Path file : Files.list(generation).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(word), word + " in " + file);
            }
        }
    }

    private static boolean termExists(Path generation, String word) throws IOException {
        try (FSDirectory directory = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.docFreq(new Term(IndexFields.BODY, word)) > 0;
        }
    }

    @Test
    void aDocumentIndexedAsDeletedLeavesNoTrace() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("d-1", "ephemeralword"));
            index.index(doc("d-1", "ephemeralword").withState(DocumentState.DELETED));
            index.refresh();
            assertEquals(0, index.documentCount());
        }
    }

    /** A source over fixed documents, failing once after {@code failAfter} documents when asked. */
    private static final class ListSource implements DocumentSource {
        final List<SearchDocument> documents;
        final List<String> askedAfter = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        ListSource(List<SearchDocument> documents) {
            this.documents = documents;
        }

        @Override
        public long count() {
            return documents.size();
        }

        @Override
        public Stream<SearchDocument> documentsAfter(String afterId) {
            askedAfter.add(afterId);
            int limit = failAfter;
            failAfter = Integer.MAX_VALUE;
            return documents.stream().filter(d -> afterId == null || d.id().compareTo(afterId) > 0)
                    .limit(limit == Integer.MAX_VALUE ? Long.MAX_VALUE : limit + 1L)
                    .peek(d -> {
                        if (d == documents.get(Math.min(limit, documents.size() - 1)) && limit != Integer.MAX_VALUE) {
                            throw new IllegalStateException("database connection lost");
                        }
                    });
        }
    }

    private static List<SearchDocument> corpus(int n) {
        return IntStream.range(0, n).mapToObj(i -> doc(String.format("r-%05d", i), "rebuilt body " + i)).toList();
    }

    @Test
    void aRebuildAnswersFromTheOldIndexUntilItSwapsInTheNewOne() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("stale", "onlyintheoldindex"));
            index.refresh();
            Path before = index.liveDirectory();
            RebuildProgress done = index.rebuild(new ListSource(corpus(30)));
            assertEquals(RebuildProgress.State.DONE, done.state());
            assertEquals(30, done.done());
            assertEquals(1.0, done.fraction());
            assertNotEquals(before, index.liveDirectory());
            assertFalse(Files.exists(before));
            assertEquals(0, count(index, "onlyintheoldindex"));
            assertEquals(30, count(index, "rebuilt"));
        }
    }

    @Test
    void anInterruptedRebuildResumesAfterItsLastCheckpointAndKeepsWritesMadeMeanwhile() {
        int n = IndexRebuild.CHECKPOINT + 100;
        ListSource source = new ListSource(corpus(n));
        source.failAfter = IndexRebuild.CHECKPOINT + 10;
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("old", "oldword"));
            RebuildProgress failed = index.rebuild(source);
            assertEquals(RebuildProgress.State.FAILED, failed.state());
            assertEquals("database connection lost", failed.error());
            index.index(doc("r-00001", "changedwhilepaused"));
        }
        try (LuceneSearchIndex reopened = LuceneSearchIndex.open(dir)) {
            assertEquals(1, count(reopened, "oldword"), "search still answers from the old generation");
            RebuildProgress done = reopened.rebuild(source);
            assertEquals(RebuildProgress.State.DONE, done.state(), done.error());
            assertEquals(String.format("r-%05d", IndexRebuild.CHECKPOINT - 1), source.askedAfter.get(1));
            assertEquals(n, count(reopened, "rebuilt") + 1);
            assertEquals(1, count(reopened, "changedwhilepaused"));
        }
    }
}
