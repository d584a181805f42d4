/**
 * Submission and the receipt statement (收訖明細): after the selection windows close,
 * ACADEMIC_ADMIN closes the year's submission and every selected item becomes SUBMITTED and
 * locked; the receipt engine (package {@code receipt}) builds each student's package and receipt
 * from {@link tw.portfolio.archive.portfolio.submission.StudentSubmission} and reports it issued;
 * inside the confirmation window the student confirms, or disputes an item, which reopens it for
 * the REGISTRAR to correct and resubmit (then a new receipt is issued). The registrar records
 * confirmations received on paper and sees who has not confirmed.
 */
package tw.portfolio.archive.portfolio.submission;
