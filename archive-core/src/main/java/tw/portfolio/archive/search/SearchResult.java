package tw.portfolio.archive.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the exact total and facet counts ({@code field → value → count}) over every
 * document that matched <em>and</em> that the caller may see. Facet fields are {@link #FACET_FIELDS}.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

    /** The facet fields, in display order. */
    public static final List<String> FACET_FIELDS = List.of("academicYear", "semester", "category", "state", "type");

    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((field, counts) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }
}
