/**
 * The course list (§4(2)1): courses per semester with code, name, subject, type (部定必修 /
 * 校訂必修 / 選修), credits and teachers, and the students who take them, entered by the teaching
 * section (ACADEMIC_SECTION) one by one or as a CSV file.
 *
 * <h2>Course-list CSV</h2>
 * UTF-8 (a byte-order mark is allowed), RFC 4180 quoting, one enrollment per row, and this header
 * as the first row:
 * <pre>
 * academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId
 * 115,1,M101,數學A,數學,部定必修,4,teacher1,A123456789
 * 115,1,M101,數學A,數學,部定必修,4,teacher1,B123456780
 * </pre>
 * <ul>
 * <li>{@code academicYear}: Minguo year (115); {@code semester}: 1 or 2;</li>
 * <li>{@code courseCode}: the school's code, unique per semester; {@code courseName}, {@code subject}: text;</li>
 * <li>{@code type}: 部定必修, 校訂必修 or 選修 (or NATIONAL_REQUIRED, SCHOOL_REQUIRED, ELECTIVE);</li>
 * <li>{@code credits}: 0 to 20 (0 means no credit: no outcomes for it);</li>
 * <li>{@code teachers}: usernames separated by {@code ;};</li>
 * <li>{@code nationalId}: the student's 身分證字號 or resident certificate number, checksum-validated
 * and looked up in the enrollment records.</li>
 * </ul>
 * Rows of one course must agree on its columns, and agree with the course if it already exists.
 * The import is all or nothing: one bad row refuses the file, and the error lists every bad row
 * as a field error named {@code rows[LINE].COLUMN}. Importing the same file twice adds nothing.
 */
package tw.portfolio.archive.portfolio.course;
