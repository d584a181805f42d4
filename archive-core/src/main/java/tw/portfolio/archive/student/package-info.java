/** Students and their identifiers: national ID with checksum, school code, pseudonyms. */
package tw.portfolio.archive.student;
