package tw.portfolio.archive.web;

import java.util.List;
import tw.portfolio.archive.paging.PageRequest;

/** The one list shape: {@code {"items":[…],"page","size","total"}}. */
public record PageJson<T>(List<T> items, int page, int size, long total) {

    /** The items of that page, with the list's total. */
    public static <T> PageJson<T> of(List<T> items, PageRequest page, long total) {
        return new PageJson<>(items, page.page(), page.size(), total);
    }

    /** That page of a list held in memory (per-student and per-year lists are short). */
    public static <T> PageJson<T> slice(List<T> all, PageRequest page) {
        return of(page.slice(all), page, all.size());
    }
}
