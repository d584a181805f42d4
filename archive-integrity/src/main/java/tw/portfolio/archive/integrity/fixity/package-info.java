/**
 * Fixity audits of an OCFL storage root: every content file of every object re-hashed against its
 * inventory, in parallel, optionally within a bytes-per-second budget, resumable by object id.
 * {@link tw.portfolio.archive.integrity.fixity.StoreVerifier} is the entry point; it reads the
 * files ocfl-java writes and nothing else, so the offline verifier uses it unchanged.
 *
 * <p>The offline verifier runs this code in a fresh JVM, where most of it is interpreted and then
 * compiled while it runs; so the per-object path is kept small: {@code java.io} for listing and
 * reading, a small JSON reader instead of a JSON library, whole objects as units of work with a
 * reused buffer and digest per thread, each inventory read and parsed once.
 */
package tw.portfolio.archive.integrity.fixity;
