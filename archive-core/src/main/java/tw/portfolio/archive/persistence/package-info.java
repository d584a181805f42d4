/** Shared persistence plumbing: converters and the database migration runner. */
package tw.portfolio.archive.persistence;
