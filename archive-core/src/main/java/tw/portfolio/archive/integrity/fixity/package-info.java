/**
 * Fixity audits of an OCFL storage root: every content file of every object re-hashed against its
 * inventory, in parallel, optionally within a bytes-per-second budget, resumable by object id.
 * {@link tw.portfolio.archive.integrity.fixity.StoreVerifier} is the entry point; it reads the
 * files ocfl-java writes and nothing else, so the offline verifier uses it unchanged.
 */
package tw.portfolio.archive.integrity.fixity;
