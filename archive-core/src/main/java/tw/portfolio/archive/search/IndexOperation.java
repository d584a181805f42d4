package tw.portfolio.archive.search;

/** What an outbox entry asks the index to do with one document. */
public enum IndexOperation {
    /** Load the document's current state and add or replace it. */
    INDEX,
    /** Remove the document from the index. */
    DELETE
}
