package tw.portfolio.archive.search;

import java.util.Optional;

/**
 * Loads the current state of one document for indexing, as the archive holds it now (record
 * fields, file metadata, extracted text). Empty when the record no longer exists.
 */
@FunctionalInterface
public interface DocumentLoader {

    Optional<SearchDocument> load(String documentId, DocumentType type);
}
