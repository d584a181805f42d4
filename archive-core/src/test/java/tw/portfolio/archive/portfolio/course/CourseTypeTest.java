package tw.portfolio.archive.portfolio.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class CourseTypeTest {

    @Test
    void section4_2_1_theThreeCourseTypesParseFromTheirChineseOrEnumNames() {
        assertEquals(CourseType.NATIONAL_REQUIRED, CourseType.parse("部定必修"));
        assertEquals(CourseType.SCHOOL_REQUIRED, CourseType.parse(" 校訂必修 "));
        assertEquals(CourseType.ELECTIVE, CourseType.parse("選修"));
        assertEquals(CourseType.ELECTIVE, CourseType.parse("ELECTIVE"));
    }

    @Test
    void section4_2_1_anyOtherTypeIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CourseType.parse("必修"));
        assertEquals("type", e.fieldErrors().get(0).field());
    }
}
