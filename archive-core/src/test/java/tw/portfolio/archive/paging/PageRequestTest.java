package tw.portfolio.archive.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchQuery;

class PageRequestTest {

    private static void assertRejects(String field, Runnable r) {
        InvalidInputException e = assertThrows(InvalidInputException.class, r::run);
        assertEquals(field, e.fieldErrors().get(0).field(), e.getMessage());
    }

    @Test
    void theLargestIntPageIsRefusedNamingPageInsteadOfOverflowingTheOffset() {
        assertRejects("page", () -> PageRequest.of(Integer.MAX_VALUE, 50));
        assertRejects("page", () -> PageRequest.of(Integer.MAX_VALUE / 50, 50));
        assertRejects("page", () -> PageRequest.parse("2147483647", "1", 50));
    }

    @Test
    void theDeepestAllowedPageStillHasAnOffsetAndEndThatFitAnInt() {
        PageRequest deepest = PageRequest.of((int) PageRequest.maxPage(100), 100);
        assertEquals(deepest.page() * 100L, deepest.offset());
        assertEquals(true, (long) deepest.offset() + deepest.size() <= Integer.MAX_VALUE);
        assertRejects("page", () -> PageRequest.of(deepest.page() + 1, 100));
    }

    @Test
    void negativePagesAndSizesOutsideOneToTheCapAreRefusedNamingTheField() {
        assertRejects("page", () -> PageRequest.of(-1, 10));
        assertRejects("size", () -> PageRequest.of(0, 0));
        assertRejects("size", () -> PageRequest.of(0, PageRequest.MAX_SIZE + 1));
        assertRejects("size", () -> PageRequest.of(0, Integer.MIN_VALUE));
    }

    @Test
    void rawValuesThatAreNotWholeNumbersOrDoNotFitAnIntAreRefusedNamingTheField() {
        assertRejects("page", () -> PageRequest.parse("abc", null, 50));
        assertRejects("page", () -> PageRequest.parse("2147483648", null, 50));
        assertRejects("size", () -> PageRequest.parse("0", "1e3", 50));
        assertRejects("size", () -> PageRequest.parse(null, "99999999999999999999", 50));
    }

    @Test
    void missingValuesTakeTheDefaults() {
        assertEquals(PageRequest.of(0, 20), PageRequest.parse(null, " ", 20));
        assertEquals(PageRequest.of(3, 7), PageRequest.parse(" 3 ", "7", 20));
    }

    @Test
    void aSliceOfAListInMemoryIsEmptyPastItsEnd() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(3, 4), PageRequest.of(1, 2).slice(all));
        assertEquals(List.of(5), PageRequest.of(2, 2).slice(all));
        assertEquals(List.of(), PageRequest.of(9, 2).slice(all));
    }

    @Test
    void aSearchPageAtTheLargestIntIsRefusedNamingPage() {
        assertRejects("page", () -> SearchQuery.of("x", SearchFilters.none(), Integer.MAX_VALUE, 20));
        assertRejects("page", () -> SearchQuery.of("x", SearchFilters.none(), Integer.MAX_VALUE, 1));
    }
}
