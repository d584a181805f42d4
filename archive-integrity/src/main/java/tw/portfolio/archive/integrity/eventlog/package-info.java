/**
 * The archive's tamper-evident event log: an append-only RFC 9162 Merkle tree whose leaves are
 * canonical {@link tw.portfolio.archive.integrity.eventlog.EventRecord}s, with tree heads,
 * inclusion and consistency proofs that cost O(log n) store reads
 * ({@link tw.portfolio.archive.integrity.eventlog.MerkleLog} over a
 * {@link tw.portfolio.archive.integrity.eventlog.LogStore}), their verification with reasons
 * ({@link tw.portfolio.archive.integrity.eventlog.MerkleVerifier}), and signed checkpoints in the
 * C2SP tlog-checkpoint / signed-note format ({@link tw.portfolio.archive.integrity.eventlog.Checkpoints}).
 */
package tw.portfolio.archive.integrity.eventlog;
