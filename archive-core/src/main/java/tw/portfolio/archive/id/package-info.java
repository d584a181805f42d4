/**
 * Identifiers the archive makes itself: {@link tw.portfolio.archive.id.TimeOrderedIds}, time-ordered
 * 63-bit row ids that need no database round trip or lock.
 */
package tw.portfolio.archive.id;
