/**
 * The archive's search port: what a searchable document is ({@link
 * tw.portfolio.archive.search.SearchDocument}), how a caller asks ({@link
 * tw.portfolio.archive.search.SearchQuery}, {@link tw.portfolio.archive.search.Caller}), what comes
 * back ({@link tw.portfolio.archive.search.SearchResult}), and the durable outbox ({@link
 * tw.portfolio.archive.search.IndexOutbox}) that carries index work from the ingest transaction to
 * the index. The {@code index} module implements {@link tw.portfolio.archive.search.SearchIndex}
 * with Lucene; this package knows nothing about Lucene.
 */
package tw.portfolio.archive.search;
