package tw.portfolio.archive.search;

import java.util.Optional;
import java.util.Set;

/**
 * The documents a caller may see, independent of what they ask for: a search index applies it as
 * a filter to hits and facet counts alike.
 *
 * @param states lifecycle states visible; never contains {@link DocumentState#DELETED}
 * @param onlyStudentId when non-null, only documents of that student
 * @param onlyTeacher when non-null, only documents whose {@code teacherUsernames} contain it
 * @param revealsStudentId whether hits carry the student id
 */
public record SearchScope(Set<DocumentState> states, String onlyStudentId, String onlyTeacher, boolean revealsStudentId) {

    public SearchScope {
        states = Set.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("a scope shows at least one state");
        }
        if (states.contains(DocumentState.DELETED)) {
            throw new IllegalArgumentException("deleted documents are in nobody's scope");
        }
    }

    public Optional<String> studentRestriction() {
        return Optional.ofNullable(onlyStudentId);
    }

    public Optional<String> teacherRestriction() {
        return Optional.ofNullable(onlyTeacher);
    }
}
