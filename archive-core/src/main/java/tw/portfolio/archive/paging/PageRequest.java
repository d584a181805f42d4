package tw.portfolio.archive.paging;

import java.util.List;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * One page of a list as a client asks for it ({@code ?page=0&size=50}), checked once for every
 * list: {@code page ≥ 0}, {@code 1 ≤ size ≤ MAX_SIZE}, and the page's last row
 * {@code (page + 1) × size} at most {@link #MAX_END}, so {@link #offset()} and
 * {@code offset() + size} always fit an {@code int} (what JPA's {@code setFirstResult} takes).
 * A bad value is an {@link InvalidInputException} naming the field.
 */
public record PageRequest(int page, int size) {
    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 100;
    /** Page size of a list that does not say otherwise. */
    public static final int DEFAULT_SIZE = 50;
    /** Deepest row a page may reach: {@code (page + 1) × size ≤ MAX_END}. */
    public static final long MAX_END = Integer.MAX_VALUE;

    public PageRequest {
        if (page < 0) {
            throw InvalidInputException.field("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.field("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((page + 1L) * size > MAX_END) {
            throw InvalidInputException.field("page", "must be at most " + maxPage(size) + " for size " + size);
        }
    }

    /** The page, checked. */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size);
    }

    /** The page from the raw query values, {@link #DEFAULT_SIZE} items unless the client says otherwise. */
    public static PageRequest parse(String page, String size) {
        return parse(page, size, DEFAULT_SIZE);
    }

    /**
     * The page from the raw query values (read as text, so that a value that is not a number, or does
     * not fit one, is a 400 naming the field rather than JAX-RS's own 404); a missing value takes its default ({@code 0}, {@code defaultSize}),
     * and anything but a whole number in range is refused naming the field.
     */
    public static PageRequest parse(String page, String size, int defaultSize) {
        return new PageRequest(number("page", page, 0), number("size", size, defaultSize));
    }

    /** The deepest page for that size. */
    public static long maxPage(int size) {
        return MAX_END / size - 1;
    }

    /** Index of this page's first row. */
    public int offset() {
        return page * size;
    }

    /** This page of a list held in memory (empty past its end). */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, Math.min(from + size, all.size()));
    }

    private static int number(String field, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "must be a whole number");
        }
    }
}
