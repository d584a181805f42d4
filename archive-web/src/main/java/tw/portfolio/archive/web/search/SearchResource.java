package tw.portfolio.archive.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchHit;
import tw.portfolio.archive.search.SearchQuery;
import tw.portfolio.archive.search.SearchResult;
import tw.portfolio.archive.web.security.RequestIdentity;

/** Full-text search over archived files and records, filtered by who asks. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    RequestIdentity identity;
    @Inject
    SearchService search;

    /**
     * A hit as the API shows it; snippets are HTML-escaped with matches in {@code <mark>}. The
     * student's name, class and number are given to callers who may see them, else left out.
     */
    public record HitJson(String id, String type, String state, String studentId, String studentName,
            String className, String studentNumber, String title, List<String> snippets, float score) {

        static HitJson of(SearchHit h, StudentSummary s) {
            return new HitJson(h.id(), h.type().name(), h.state().name(), h.studentId(), s == null ? null : s.name(),
                    s == null ? null : s.className(), s == null ? null : s.studentNumber(), h.title(), h.snippets(),
                    h.score());
        }
    }

    /**
     * The search answer. {@code totalRelation} is {@code EQ} when {@code total} and the facet counts
     * are exact, {@code GTE} when the match set was too large to count on every request: then
     * {@code total} is a lower bound and the facet counts are estimates from a sample of the matches
     * (still only of documents the caller may see).
     */
    public record ResultJson(long total, String totalRelation, List<HitJson> hits, Map<String, Map<String, Long>> facets) {

        static ResultJson of(SearchAnswer answer) {
            SearchResult r = answer.result();
            return new ResultJson(r.total(), r.totalRelation().name(), r.hits().stream()
                    .map(h -> HitJson.of(h, h.studentId() == null ? null : answer.students().get(h.studentId())))
                    .toList(), r.facets());
        }
    }

    @GET
    @Operation(summary = "Search (Traditional Chinese and English), with facets and highlighted snippets")
    public ResultJson search(@QueryParam("q") String q, @QueryParam("academicYear") String academicYear,
            @QueryParam("semester") String semester, @QueryParam("category") String category,
            @QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("page") String rawPage, @QueryParam("size") String rawSize,
            @QueryParam("includeSealed") @DefaultValue("false") boolean includeSealed,
            @QueryParam("reason") String reason) {
        SearchQuery query = SearchQuery.of(q, SearchFilters.parse(academicYear, semester, category, state, type),
                PageRequest.parse(rawPage, rawSize, SearchQuery.DEFAULT_SIZE));
        return ResultJson.of(search.search(identity.require(), query, includeSealed, reason));
    }
}
