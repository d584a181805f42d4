package tw.portfolio.archive.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page of hits with the total and facet counts ({@code field → value → count}) over the documents
 * that matched <em>and</em> that the caller may see. Facet fields are {@link #FACET_FIELDS}.
 *
 * <p>When {@code totalRelation} is {@link TotalRelation#EQ} the total and the facet counts are exact.
 * When it is {@link TotalRelation#GTE} (a match set too large to count on every request) the total is
 * a lower bound and the facet counts are estimates scaled up from a sample of the matches; even then
 * every counted document is one the caller may see.
 */
public record SearchResult(long total, TotalRelation totalRelation, List<SearchHit> hits,
                           Map<String, Map<String, Long>> facets) {

    /** Whether {@link #total()} is exact or a lower bound. */
    public enum TotalRelation {
        /** Total and facet counts are exact. */
        EQ,
        /** Total is a lower bound; facet counts are estimates from a sample. */
        GTE
    }

    /** The facet fields, in display order. */
    public static final List<String> FACET_FIELDS = List.of("academicYear", "semester", "category", "state", "type");

    /** An exact result. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, TotalRelation.EQ, hits, facets);
    }

    public SearchResult {
        Objects.requireNonNull(totalRelation, "totalRelation");
        hits = List.copyOf(hits);
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((field, counts) -> copy.put(field, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }
}
