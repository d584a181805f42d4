/** Object-level authorization rules, kept in one place and called by every application service. */
package tw.portfolio.archive.access;
