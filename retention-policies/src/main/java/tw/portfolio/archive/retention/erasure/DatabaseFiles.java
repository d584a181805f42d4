package tw.portfolio.archive.retention.erasure;

import java.util.List;

/** Makes the database's files forget deleted rows (pages and transaction log); see {@link DerbyFiles}. */
@FunctionalInterface
public interface DatabaseFiles {
    /** Rewrites the files of {@code tables}; returns what was done, without personal data. */
    String forget(List<String> tables);
}
