package tw.portfolio.archive.web;

import java.util.List;

/** The one list shape: {@code {"items":[…],"page","size","total"}}. */
public record PageJson<T>(List<T> items, int page, int size, long total) {
    /** Largest page size a client may ask for. */
    public static final int MAX_SIZE = 100;

    /** Checks paging parameters, naming the bad one. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw tw.portfolio.archive.error.InvalidInputException.field("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw tw.portfolio.archive.error.InvalidInputException.field("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
