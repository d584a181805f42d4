package tw.portfolio.archive.portfolio.diverse;

import java.util.List;
import java.util.Optional;

/** Stored diverse-performance items. */
public interface DiversePerformanceRepository {
    Optional<DiversePerformance> find(String id);

    void add(DiversePerformance item);

    long countOf(String studentId, int academicYear);

    List<DiversePerformance> ofStudent(String studentId);
}
