package tw.portfolio.archive.search;

/**
 * The lifecycle state that decides who may find a document: active records are searchable by
 * their usual audience, sealed ones only by an auditor who states a reason, deleted ones by nobody
 * (an index never keeps a deleted document's text).
 */
public enum DocumentState {
    ACTIVE,
    SEALED,
    DELETED
}
