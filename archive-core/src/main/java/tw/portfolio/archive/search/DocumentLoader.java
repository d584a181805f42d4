package tw.portfolio.archive.search;

import java.util.List;
import java.util.Optional;

/**
 * Loads the current state of one document for indexing, as the archive holds it now (record
 * fields, file metadata, extracted text). Empty when the record no longer exists.
 */
@FunctionalInterface
public interface DocumentLoader {

    Optional<SearchDocument> load(String documentId, DocumentType type);

    /**
     * Every document of one student in its current state, found by the student's id (not by
     * scanning): what a sealing re-indexes so that the student's records leave staff searches at
     * once. A loader without records of students has none.
     */
    default List<SearchDocument> studentDocuments(String studentId) {
        return List.of();
    }
}
