/**
 * Erasure of one student's data from everything the archive writes (issue 15, §6).
 * {@link tw.portfolio.archive.retention.erasure.ErasureEngine} runs the steps of
 * {@link tw.portfolio.archive.retention.erasure.ErasureStep}, each committed on its own and resumable;
 * {@link tw.portfolio.archive.retention.erasure.ArchiveStudentErasure} is the server's
 * {@link tw.portfolio.archive.retention.erasure.StudentErasure};
 * {@link tw.portfolio.archive.retention.erasure.ResurrectionGuard} keeps erased things from coming back.
 */
package tw.portfolio.archive.retention.erasure;
