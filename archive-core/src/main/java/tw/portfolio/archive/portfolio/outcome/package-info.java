/**
 * Course-learning outcomes (課程學習成果, §4(3)): a student uploads a work for a credit-bearing
 * course they take, the course's teacher certifies or rejects it (§9(2)2: a teacher of the same
 * subject substitutes while the course's teachers are unavailable), and the student may upload a
 * new version of a rejected one while the upload window is open. The lifecycle is
 * {@link tw.portfolio.archive.portfolio.outcome.OutcomeState}.
 */
package tw.portfolio.archive.portfolio.outcome;
