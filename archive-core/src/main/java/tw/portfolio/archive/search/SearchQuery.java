package tw.portfolio.archive.search;

import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.paging.PageRequest;

/**
 * What a caller searches for: free text {@code text} (may be empty to browse by filters), filters,
 * and a page. The result window is bounded so that no query pages deep into a large index:
 * {@code size ≤ MAX_SIZE} and {@code (page + 1) × size ≤ MAX_WINDOW}.
 *
 * <p>Text syntax: words ({@code 陳怡君 volunteers}), quoted phrases, {@code AND}/{@code OR}/
 * {@code NOT}, {@code +}/{@code -}, parentheses and trailing wildcards ({@code volunt*}).
 * Identifiers (national ID, student number, record or file id, digest prefix of at least 8 hex
 * digits) given alone match exactly.
 */
public record SearchQuery(String text, SearchFilters filters, int page, int size) {

    /** Largest page size, as for every list. */
    public static final int MAX_SIZE = PageRequest.MAX_SIZE;
    /** Deepest result reachable: {@code (page + 1) × size} may not exceed it. */
    public static final int MAX_WINDOW = 10_000;
    /** Longest query text. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** Page size when none is given. */
    public static final int DEFAULT_SIZE = 20;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw InvalidInputException.field("q", "is too long: at most " + MAX_TEXT_LENGTH + " characters");
        }
        filters = filters == null ? SearchFilters.none() : filters;
        PageRequest.of(page, size);
        if ((page + 1L) * size > MAX_WINDOW) {
            throw InvalidInputException.field("page",
                    "is too deep: (page + 1) × size may not exceed " + MAX_WINDOW + "; narrow the search with filters");
        }
    }

    /** First page of {@link #DEFAULT_SIZE} hits for that text, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilters.none(), 0, DEFAULT_SIZE);
    }

    public static SearchQuery of(String text, SearchFilters filters, int page, int size) {
        return new SearchQuery(text, filters, page, size);
    }

    /** That text and filters, on a page checked as every list's is. */
    public static SearchQuery of(String text, SearchFilters filters, PageRequest page) {
        return new SearchQuery(text, filters, page.page(), page.size());
    }

    /** The offset of this page's first hit. */
    public int offset() {
        return page * size;
    }
}
