/**
 * The durable index outbox: a JDBC implementation of {@link tw.portfolio.archive.search.IndexOutbox}
 * over table {@code INDEX_OUTBOX} (migration V4), and the {@link
 * tw.portfolio.archive.index.outbox.OutboxIndexer} that drains it into the search index, flushing
 * the index before it acknowledges, so that a crash at any point is caught up on restart.
 */
package tw.portfolio.archive.index.outbox;
