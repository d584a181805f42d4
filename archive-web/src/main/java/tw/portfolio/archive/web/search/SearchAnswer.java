package tw.portfolio.archive.web.search;

import java.util.Map;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.search.SearchResult;

/**
 * A search result with the students its hits belong to, looked up when answering (the index keeps
 * only the opaque student id), and only for a caller who may see names.
 *
 * @param result what the index answered
 * @param students the hits' students by id; empty when the caller may not see names
 */
public record SearchAnswer(SearchResult result, Map<String, StudentSummary> students) {
    public SearchAnswer {
        students = Map.copyOf(students);
    }
}
