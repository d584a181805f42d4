/**
 * JMH benchmarks of the event log (issue 3): durable appends of {@link
 * tw.portfolio.archive.integrity.eventlog.MerkleLog} over {@link
 * tw.portfolio.archive.integrity.eventlog.JdbcLogStore} on embedded Derby, and inclusion-proof latency
 * at a million leaves, each next to a plain-JDBC peer measured in the same run. Built only with the
 * Maven profile {@code bench}; run through {@code bench/log.sh}.
 */
package tw.portfolio.archive.bench;
