/**
 * Destruction certificates (issue 15): the school's signed statement that one student's data was
 * erased under an approved deletion request or disposition, the document the archive hands out
 * ({@link tw.portfolio.archive.integrity.destruction.DestructionCertificate}) and its offline
 * verification ({@link tw.portfolio.archive.integrity.destruction.DestructionCertificateVerifier}).
 */
package tw.portfolio.archive.integrity.destruction;
