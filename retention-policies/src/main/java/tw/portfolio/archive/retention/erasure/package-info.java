/** Erasure of one student's data from everything the archive writes (issue 15). */
package tw.portfolio.archive.retention.erasure;
