package tw.portfolio.archive.portfolio.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored course outcomes. */
public interface CourseOutcomeRepository {
    Optional<CourseOutcome> find(String id);

    void add(CourseOutcome outcome);

    List<CourseOutcome> ofStudent(String studentId);

    /** Outcomes pending certification for any of these courses, oldest upload first. */
    List<CourseOutcome> pendingFor(Collection<String> courseIds);
}
