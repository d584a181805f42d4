package tw.portfolio.archive.portfolio.course;

/**
 * What a course-list import did.
 *
 * @param rows data rows read
 * @param coursesCreated courses that did not exist before
 * @param enrollmentsAdded enrollments that did not exist before (re-importing a file adds none)
 */
public record CsvImportReport(int rows, int coursesCreated, int enrollmentsAdded) {
}
