/** The registration section's API: students, their enrollment changes, imports and exports (issue 14). */
package tw.portfolio.archive.web.student;
