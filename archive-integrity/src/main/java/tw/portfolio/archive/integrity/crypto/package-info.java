/**
 * Digests, Ed25519 signatures and the school's key ring: the one small registry every integrity
 * check goes through. Digests are SHA-256 (lowercase hex when they name a file); signatures are
 * Ed25519 through BouncyCastle's lightweight API; every verification goes through
 * {@link tw.portfolio.archive.integrity.crypto.SignatureVerifier} and answers a
 * {@link tw.portfolio.archive.integrity.crypto.VerificationResult} that says why it failed.
 */
package tw.portfolio.archive.integrity.crypto;
