/** The school calendar: Minguo academic years, semesters, and (later) windows set per semester. */
package tw.portfolio.archive.calendar;
