package tw.portfolio.archive.portfolio.window;

import java.time.Instant;

/**
 * A window as the API shows it.
 *
 * @param id window id
 * @param kind kind
 * @param academicYear Minguo academic year
 * @param semester 1, 2, or 0 for per-year windows
 * @param opensAt inclusive start
 * @param closesAt exclusive end
 */
public record WindowView(String id, WindowKind kind, int academicYear, int semester, Instant opensAt, Instant closesAt) {
}
