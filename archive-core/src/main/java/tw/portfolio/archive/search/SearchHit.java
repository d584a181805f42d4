package tw.portfolio.archive.search;

import java.util.List;
import java.util.Objects;

/**
 * One hit. {@code studentId} is null when the caller may not see it; {@code snippets} are
 * HTML-escaped text with the matched words wrapped in {@code <mark>…</mark>}, safe to insert as
 * HTML.
 */
public record SearchHit(String id, DocumentType type, DocumentState state, String studentId, String title,
                        List<String> snippets, float score) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        snippets = List.copyOf(snippets);
    }
}
