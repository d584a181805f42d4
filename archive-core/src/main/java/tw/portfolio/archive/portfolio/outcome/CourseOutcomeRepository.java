package tw.portfolio.archive.portfolio.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored course outcomes. */
public interface CourseOutcomeRepository {
    Optional<CourseOutcome> find(String id);

    void add(CourseOutcome outcome);

    List<CourseOutcome> ofStudent(String studentId);

    /** One page of the outcomes pending certification for any of these courses, oldest upload first (then by id). */
    List<CourseOutcome> pendingFor(Collection<String> courseIds, int offset, int limit);

    /** How many outcomes are pending certification for any of these courses. */
    long countPending(Collection<String> courseIds);
}
