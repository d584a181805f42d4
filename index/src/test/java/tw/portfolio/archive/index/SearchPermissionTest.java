package tw.portfolio.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;

/** The permission matrix: who finds which of the same matching documents, in hits and in facet counts. */
class SearchPermissionTest {
    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void indexDocuments() {
        index = LuceneSearchIndex.open(dir);
        index.index(doc("a-1", "s1", Set.of("t.wang"), DocumentState.ACTIVE, 112, "競賽"));
        index.index(doc("a-2", "s1", Set.of(), DocumentState.ACTIVE, 113, "服務學習"));
        index.index(doc("b-1", "s2", Set.of("t.lee"), DocumentState.ACTIVE, 112, "競賽"));
        index.index(doc("b-2", "s2", Set.of("t.wang"), DocumentState.SEALED, 108, "檢定證照"));
        index.index(doc("c-1", "s3", Set.of("t.wang"), DocumentState.DELETED, 109, "其他"));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchDocument doc(String id, String student, Set<String> teachers, DocumentState state, int year, String category) {
        return SearchDocument.builder(id, DocumentType.COURSE_OUTCOME).studentId(student).teacherUsernames(teachers)
                .state(state).academicYear(year).semester(1).category(category).title("專題報告 " + id).build();
    }

    private SearchResult search(Caller caller) {
        return index.search(SearchQuery.of("專題"), caller);
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void registrarAndAcademicAdminSeeEveryActiveRecordButNoSealedOrDeletedOne() {
        assertEquals(Set.of("a-1", "a-2", "b-1"), ids(search(Caller.registrar("r"))));
        assertEquals(Set.of("a-1", "a-2", "b-1"), ids(search(Caller.academicAdmin("aa"))));
    }

    @Test
    void aStudentNeverSeesAnotherStudentsHitNotEvenInFacetCounts() {
        SearchResult result = search(Caller.student("u1", "s1"));
        assertEquals(Set.of("a-1", "a-2"), ids(result));
        assertEquals(2, result.total());
        assertEquals(Map.of("112", 1L, "113", 1L), result.facets().get("academicYear"));
        assertEquals(Map.of("競賽", 1L, "服務學習", 1L), result.facets().get("category"));
        assertEquals(Map.of("ACTIVE", 2L), result.facets().get("state"));
    }

    @Test
    void aTeacherSeesOnlyActiveOutcomesOfTheirCoursesWithoutStudentIds() {
        SearchResult result = search(Caller.teacher("t.wang"));
        assertEquals(Set.of("a-1"), ids(result));
        assertNull(result.hits().get(0).studentId());
    }

    @Test
    void anAuditorSeesSealedRecordsOnlyWithAStatedReason() {
        assertEquals(Set.of("a-1", "a-2", "b-1"), ids(search(Caller.auditor("au", null))));
        SearchResult withReason = search(Caller.auditor("au", "integrity check of case 42"));
        assertEquals(Set.of("a-1", "a-2", "b-1", "b-2"), ids(withReason));
        assertEquals(Map.of("ACTIVE", 3L, "SEALED", 1L), withReason.facets().get("state"));
    }

    @Test
    void deletedRecordsAreFoundByNobodyNotEvenByTheirId() {
        assertTrue(index.search(SearchQuery.of("c-1"), Caller.auditor("au", "reason")).hits().isEmpty());
        assertEquals(0, index.search(SearchQuery.of("c-1"), Caller.registrar("r")).total());
    }

    @Test
    void askingForSealedRecordsAsARegistrarFindsNothing() {
        SearchQuery sealed = SearchQuery.of("專題", SearchFilters.none().withState(DocumentState.SEALED), 0, 10);
        assertEquals(0, index.search(sealed, Caller.registrar("r")).total());
    }

    @Test
    void aRecordMarkedSealedLeavesTheRegistrarsSearchAtOnce() {
        index.index(doc("a-1", "s1", Set.of("t.wang"), DocumentState.SEALED, 112, "競賽"));
        index.refresh();
        assertEquals(Set.of("a-2", "b-1"), ids(search(Caller.registrar("r"))));
    }

    @Test
    void filtersNarrowHitsAndFacets() {
        SearchQuery q = SearchQuery.of("專題", SearchFilters.none().withAcademicYear(112).withCategory("競賽"), 0, 10);
        SearchResult result = index.search(q, Caller.registrar("r"));
        assertEquals(Set.of("a-1", "b-1"), ids(result));
        assertEquals(Map.of("112", 2L), result.facets().get("academicYear"));
    }

    @Test
    void aStudentCallerWithoutAStudentIdIsRefused() {
        assertThrows(ForbiddenException.class, () -> Caller.student("u1", " "));
    }

    @Test
    void pagesAreSlicesOfTheSameOrderedHits() {
        SearchResult all = index.search(SearchQuery.of("專題", null, 0, 3), Caller.registrar("r"));
        SearchResult second = index.search(SearchQuery.of("專題", null, 1, 2), Caller.registrar("r"));
        assertEquals(3, second.total());
        assertEquals(all.hits().get(2).id(), second.hits().get(0).id());
    }
}
