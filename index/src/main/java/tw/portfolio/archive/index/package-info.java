/**
 * The Lucene implementation of the archive's search port ({@code tw.portfolio.archive.search}):
 * Traditional-Chinese analysis, bounded PDF text extraction with PDFBox, near-real-time indexing
 * fed by a durable outbox, permission-aware queries, facets and highlighted snippets.
 */
package tw.portfolio.archive.index;
