package tw.portfolio.archive.portfolio.course;

import java.util.List;

/**
 * A course as the API lists it.
 *
 * @param id course id
 * @param code school course code
 * @param name name
 * @param subject subject
 * @param type 部定必修 / 校訂必修 / 選修 as enum
 * @param credits credits
 * @param academicYear Minguo academic year
 * @param semester 1 or 2
 * @param teachers teacher usernames
 */
public record CourseView(String id, String code, String name, String subject, CourseType type, int credits,
        int academicYear, int semester, List<String> teachers) {
}
