package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;

/** A bulk-loaded index is the live generation a {@link LuceneSearchIndex} opens and keeps writing to. */
class BulkIndexLoaderTest {
    @TempDir
    Path dir;

    private static SearchDocument doc(String id, String title, DocumentState state) {
        return SearchDocument.builder(id, DocumentType.COURSE_OUTCOME).studentId("s1").title(title).state(state).build();
    }

    @Test
    void theServerIndexOpensABulkLoadedDirectoryAndFindsItsDocuments() {
        try (BulkIndexLoader loader = BulkIndexLoader.create(dir, 16)) {
            loader.add(doc("a", "河川水質研究", DocumentState.ACTIVE));
            loader.add(doc("b", "社區服務心得", DocumentState.ACTIVE));
            loader.add(doc("c", "河川保護", DocumentState.DELETED));
            assertEquals(2, loader.added());
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            assertEquals(2, index.documentCount());
            assertEquals(List.of("a"), index.search(SearchQuery.of("河川"), Caller.registrar("r")).hits().stream()
                    .map(SearchHit::id).toList());
        }
    }

    @Test
    void laterWritesReplaceBulkLoadedDocumentsInsteadOfDuplicatingThem() {
        try (BulkIndexLoader loader = BulkIndexLoader.create(dir, 16)) {
            loader.add(doc("a", "河川水質研究", DocumentState.ACTIVE));
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("a", "社區服務心得", DocumentState.ACTIVE));
            index.refresh();
            assertEquals(1, index.documentCount());
            assertEquals(0, index.search(SearchQuery.of("河川"), Caller.registrar("r")).total());
            assertEquals(1, index.search(SearchQuery.of("社區"), Caller.registrar("r")).total());
        }
    }

    @Test
    void aDirectoryThatAlreadyHoldsAnIndexIsRefused() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            index.index(doc("a", "河川", DocumentState.ACTIVE));
        }
        ConflictException e = assertThrows(ConflictException.class, () -> BulkIndexLoader.create(dir, 16));
        assertEquals(true, e.getMessage().contains("already exists"), e.getMessage());
    }
}
