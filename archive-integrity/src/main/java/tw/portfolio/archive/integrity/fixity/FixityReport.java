package tw.portfolio.archive.integrity.fixity;

import java.util.List;

/**
 * The outcome of an audit. {@code complete} is false when the audit was interrupted; {@code cursor}
 * is then where to resume (the last object id completed, {@code null} if none).
 */
public record FixityReport(long objectsChecked, long filesChecked, long bytesChecked,
        List<FixityFailure> failures, String cursor, boolean complete) {
    /** Copies the failures. */
    public FixityReport {
        failures = List.copyOf(failures);
    }

    /** True when every checked file and inventory matched. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
