package tw.portfolio.archive.integrity.fixity;

/**
 * How far an audit is, reported after each object completes. {@code cursor} is the id of the last
 * object completed in id order: persist it and pass it back through
 * {@link FixityOptions#resumeAfter()} to continue after a restart.
 */
public record FixityProgress(long objectsDone, long objectsTotal, long filesChecked, long bytesChecked,
        int failures, String cursor) {
}
