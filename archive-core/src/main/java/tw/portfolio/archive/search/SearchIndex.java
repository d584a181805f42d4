package tw.portfolio.archive.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The archive's full-text index. Writes are near-real-time (searchable within a couple of
 * seconds, see {@link #lastIndexLag()}) and become durable on {@link #flush()}; the durable
 * record of pending work is the {@link IndexOutbox}, so a crash between the two loses nothing.
 * Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Adds the document or replaces the one with the same id. A document in state {@link
     * DocumentState#DELETED} is removed instead: deleted text is never kept.
     */
    void index(SearchDocument document);

    /** Removes the document with that id; removing an absent one does nothing. */
    void delete(String documentId);

    /**
     * One page of what the caller may see among the matches, with facets over all of them.
     *
     * @throws tw.portfolio.archive.error.InvalidInputException for query text that does not parse,
     *     saying what to fix
     * @throws tw.portfolio.archive.error.ForbiddenException for a caller who may not search
     */
    SearchResult search(SearchQuery query, Caller caller);

    /** Makes every change so far durable (survives a crash). */
    void flush();

    /** Rewrites segments holding deleted documents so their text leaves the index files, then flushes. */
    void purgeDeleted();

    /**
     * Removes every document of the student, whatever its id, and refuses documents of that student
     * from then on (a write already under way when the student's records were deleted, or a rebuild
     * that read them before, brings nothing back); then {@linkplain #purgeDeleted() purges}. For the
     * erasure of a student (issue 15); the refusal lasts while the index is open, and after a
     * restart nothing can load the erased records any more.
     */
    void forgetStudent(String studentId);

    /**
     * Builds a fresh index from the source while searches keep answering from the current one,
     * then swaps it in atomically. Blocks until done; run it on a background executor and poll
     * {@link #rebuildProgress()}. An interrupted rebuild resumes where it stopped when called again.
     *
     * @throws tw.portfolio.archive.error.ConflictException when a rebuild is already running
     */
    RebuildProgress rebuild(DocumentSource source);

    /** Progress of the running or last rebuild. */
    RebuildProgress rebuildProgress();

    /** The last measured time from {@link #index(SearchDocument)} to searchable, empty before the first. */
    Optional<Duration> lastIndexLag();

    /** Documents currently searchable (any state), for health checks and metrics. */
    long documentCount();

    @Override
    void close();
}
