package tw.portfolio.archive.portfolio.window;

import java.util.List;
import java.util.Optional;

/** Stored windows. */
public interface WindowRepository {
    Optional<Window> find(WindowPeriod period);

    /** All windows of an academic year (both semesters and the per-year ones). */
    List<Window> ofYear(int academicYear);

    void add(Window window);
}
