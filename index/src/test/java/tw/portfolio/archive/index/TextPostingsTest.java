package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/** New generations keep no offsets in their postings; a generation written with offsets keeps them and keeps working. */
class TextPostingsTest {
    @TempDir
    Path dir;

    private static SearchDocument doc(String id, String body) {
        return SearchDocument.builder(id, DocumentType.COURSE_OUTCOME).studentId("s1").title("專題報告").body(body).build();
    }

    @Test
    void aNewIndexStoresPositionsWithoutOffsetsAndStillHighlightsPhrases() throws IOException {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("a", "陳怡君參加河川水質研究，陳怡安沒有"));
            index.refresh();
            SearchResult result = index.search(SearchQuery.of("陳怡君"), Caller.registrar("r"));
            assertEquals(List.of("<mark>陳怡君</mark>參加河川水質研究，陳怡安沒有"), result.hits().get(0).snippets());
        }
        try (Directory directory = FSDirectory.open(new GenerationStore(dir).currentPath())) {
            assertEquals(TextPostings.POSITIONS, TextPostings.of(directory));
        }
    }

    @Test
    void aGenerationWrittenWithOffsetsKeepsThemAcceptsNewWritesAndStillHighlights() throws IOException {
        try (Directory directory = FSDirectory.open(new GenerationStore(dir).currentPath());
                IndexWriter writer = new IndexWriter(directory,
                        IndexGeneration.writerConfig(TraditionalChineseAnalyzer.forIndexing(), 16))) {
            writer.addDocument(DocumentMapper.toLucene(doc("old", "河川水質研究"), TextPostings.POSITIONS_AND_OFFSETS));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("new", "社區河川保護"));
            index.refresh();
            SearchResult result = index.search(SearchQuery.of("河川"), Caller.registrar("r"));
            assertEquals(2, result.total());
            for (SearchHit hit : result.hits()) {
                assertTrue(hit.snippets().stream().anyMatch(s -> s.contains("<mark>河川</mark>")), hit.id() + " " + hit.snippets());
            }
        }
        try (Directory directory = FSDirectory.open(new GenerationStore(dir).currentPath())) {
            assertEquals(TextPostings.POSITIONS_AND_OFFSETS, TextPostings.of(directory));
        }
    }

    @Test
    void aMatchWithinTheAnalysedPrefixOfALongBodyIsHighlightedAndTheSearchStillFindsOneBeyondIt() {
        String filler = "社區服務".repeat(SnippetHighlighter.ANALYSED_CHARS / 4);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("early", "河川" + filler));
            index.index(doc("late", filler + "水質"));
            index.refresh();
            SearchHit early = index.search(SearchQuery.of("河川"), Caller.registrar("r")).hits().get(0);
            assertTrue(early.snippets().stream().anyMatch(s -> s.startsWith("<mark>河川</mark>")), early.snippets().toString());
            List<SearchHit> late = index.search(SearchQuery.of("水質"), Caller.registrar("r")).hits();
            assertEquals(List.of("late"), late.stream().map(SearchHit::id).toList());
        }
    }
}
