package tw.portfolio.archive.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.SearchFilters;
import tw.portfolio.archive.search.SearchScope;

/** The filter clauses that confine a search to what the caller may see and to the filters asked for. */
final class ScopeQueries {
    private ScopeQueries() {
    }

    /** Adds the caller's scope and the filters as non-scoring FILTER clauses (so they bound facets too). */
    static void addFilters(BooleanQuery.Builder query, SearchScope scope, SearchFilters filters) {
        BooleanQuery.Builder states = new BooleanQuery.Builder();
        for (DocumentState state : scope.states()) {
            states.add(term(IndexFields.STATE, state.name()), BooleanClause.Occur.SHOULD);
        }
        query.add(states.build(), BooleanClause.Occur.FILTER);
        query.add(term(IndexFields.STATE, DocumentState.DELETED.name()), BooleanClause.Occur.MUST_NOT);
        scope.studentRestriction().ifPresent(s -> query.add(term(IndexFields.STUDENT_ID, s), BooleanClause.Occur.FILTER));
        scope.teacherRestriction().ifPresent(t -> query.add(term(IndexFields.TEACHER, t), BooleanClause.Occur.FILTER));
        if (filters.academicYear() != null) {
            query.add(term(IndexFields.ACADEMIC_YEAR, filters.academicYear().toString()), BooleanClause.Occur.FILTER);
        }
        if (filters.semester() != null) {
            query.add(term(IndexFields.SEMESTER, filters.semester().toString()), BooleanClause.Occur.FILTER);
        }
        if (filters.category() != null) {
            query.add(term(IndexFields.CATEGORY, filters.category()), BooleanClause.Occur.FILTER);
        }
        if (filters.state() != null) {
            query.add(term(IndexFields.STATE, filters.state().name()), BooleanClause.Occur.FILTER);
        }
        if (filters.type() != null) {
            query.add(term(IndexFields.TYPE, filters.type().name()), BooleanClause.Occur.FILTER);
        }
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
