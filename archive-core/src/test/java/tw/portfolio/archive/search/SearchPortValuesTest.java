package tw.portfolio.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

/** The port's values validate what they are given. */
class SearchPortValuesTest {

    @Test
    void queryStringFiltersParseAndNameTheFieldTheyReject() {
        SearchFilters f = SearchFilters.parse("115", "1", " 競賽 ", "sealed", "COURSE_OUTCOME");
        assertEquals(new SearchFilters(115, 1, "競賽", DocumentState.SEALED, DocumentType.COURSE_OUTCOME), f);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SearchFilters.parse("一一五", null, null, null, null));
        assertEquals("academicYear", e.fieldErrors().get(0).field());
        assertEquals("state", assertThrows(InvalidInputException.class,
                () -> SearchFilters.parse(null, null, null, "GONE", null)).fieldErrors().get(0).field());
    }

    @Test
    void nobodysScopeIncludesDeletedDocumentsAndOnlyAnAuditorWithAReasonSeesSealedOnes() {
        for (Caller c : new Caller[] {Caller.registrar("r"), Caller.academicAdmin("a"), Caller.teacher("t"),
                Caller.student("s", "s1"), Caller.auditor("au", null), Caller.auditor("au", "case 7")}) {
            assertFalse(c.scope().states().contains(DocumentState.DELETED));
            assertEquals(c.role() == CallerRole.AUDITOR && c.auditReason() != null, c.seesSealed());
        }
        assertThrows(InvalidInputException.class, () -> Caller.auditorWithReason("au", " "));
        assertThrows(IllegalArgumentException.class, () -> new SearchScope(Set.of(DocumentState.DELETED), null, null, true));
    }

    @Test
    void documentsNormaliseIdentifiersAndRejectBadOnes() {
        SearchDocument d = SearchDocument.builder("a-1", DocumentType.ARTIFACT).nationalId(" a123456789 ")
                .sha256("AB".repeat(32)).build();
        assertEquals("A123456789", d.nationalId());
        assertEquals("ab".repeat(32), d.sha256());
        assertEquals(DocumentState.ACTIVE, d.state());
        assertThrows(InvalidInputException.class, () -> SearchDocument.builder("a-1", DocumentType.ARTIFACT).sha256("abc").build());
        assertThrows(InvalidInputException.class, () -> SearchDocument.builder(" ", DocumentType.ARTIFACT).build());
        assertThrows(InvalidInputException.class, () -> SearchDocument.builder("a", DocumentType.ARTIFACT).semester(3).build());
    }

    @Test
    void extractedTextCarriesEitherTextOrTheReasonNote() {
        assertEquals("text not extracted: encrypted", ExtractedText.notExtracted("encrypted").note().orElseThrow());
        assertTrue(ExtractedText.of("").extracted());
        SearchDocument d = SearchDocument.builder("f", DocumentType.ARTIFACT).extracted(ExtractedText.notExtracted("timed out")).build();
        assertEquals("text not extracted: timed out", d.textNote());
    }
}
