/**
 * Teachers' availability (§9(2)2): ACADEMIC_ADMIN marks a teacher unavailable, with a reason, so
 * that a teacher of the same subject may certify in their place. A teacher without a record is
 * available.
 */
package tw.portfolio.archive.portfolio.teacher;
