package tw.portfolio.archive.web.portfolio.api;

import java.util.List;
import tw.portfolio.archive.web.PageJson;

/** One page of a list held in memory (per-student and per-year lists are short). */
final class Pages {
    private Pages() {
    }

    static <T> PageJson<T> of(List<T> all, int page, int size) {
        PageJson.check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new PageJson<>(all.subList(from, to), page, size, all.size());
    }
}
