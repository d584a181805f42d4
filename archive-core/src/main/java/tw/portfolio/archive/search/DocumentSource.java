package tw.portfolio.archive.search;

import java.util.stream.Stream;

/**
 * Every document the archive holds, for a rebuild. Supplied by the archive (over its database and
 * storage); the index only reads it.
 */
public interface DocumentSource {

    /** How many documents {@link #documentsAfter(String)} will give from the start (for progress; an estimate is fine). */
    long count();

    /**
     * Documents in ascending id order ({@link String#compareTo}), starting strictly after {@code afterId}
     * or from the first when it is null, so an interrupted rebuild can resume. The caller closes the stream.
     */
    Stream<SearchDocument> documentsAfter(String afterId);
}
