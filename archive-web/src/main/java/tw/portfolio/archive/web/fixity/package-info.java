/**
 * Fixity audits of the whole archive: the stored bytes re-hashed against their OCFL inventories,
 * every artifact row compared with its signed statement and its ingestion leaf, and the event log's
 * storage checked against every signed checkpoint. Runs are full (on demand, all cores) or rolling
 * (scheduled, within a byte budget, resumable); failures are persisted, logged as FIXITY_CHECK
 * events, reported in a signed PDF, and turn the {@code fixity} readiness check down until a later
 * run passes.
 */
package tw.portfolio.archive.web.fixity;
