package tw.portfolio.archive.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

class SemesterTest {

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
        "2026-07-31,114-2", "2026-08-01,115-1", "2026-09-01,115-1", "2026-12-31,115-1",
        "2027-01-01,115-1", "2027-01-31,115-1", "2027-02-01,115-2", "2027-06-30,115-2",
        "2027-07-31,115-2", "2027-08-01,116-1", "2028-02-29,116-2"
    })
    void theFirstAndSecondSemestersSplitAtFirstOfFebruary(LocalDate date, String expected) {
        assertEquals(expected, Semester.containing(date).toString());
    }

    @Test
    void semester115Dash1RunsFromFirstOfAugustToThirtyFirstOfJanuary() {
        Semester s = Semester.of(115, 1);
        assertEquals(LocalDate.of(2026, 8, 1), s.firstDay());
        assertEquals(LocalDate.of(2027, 1, 31), s.lastDay());
    }

    @Test
    void semester115Dash2RunsFromFirstOfFebruaryToThirtyFirstOfJuly() {
        Semester s = Semester.of(115, 2);
        assertEquals(LocalDate.of(2027, 2, 1), s.firstDay());
        assertEquals(LocalDate.of(2027, 7, 31), s.lastDay());
    }

    @Test
    void everyDayOfAnAcademicYearLiesInExactlyTheSemesterThatSpansIt() {
        AcademicYear year = AcademicYear.of(116);
        Semester first = Semester.of(116, 1);
        Semester second = Semester.of(116, 2);
        assertEquals(year.firstDay(), first.firstDay());
        assertEquals(first.lastDay().plusDays(1), second.firstDay());
        assertEquals(year.lastDay(), second.lastDay());
        int days = 0;
        for (LocalDate d = year.firstDay(); !d.isAfter(year.lastDay()); d = d.plusDays(1)) {
            Semester s = Semester.containing(d);
            assertEquals(year, s.academicYear(), d.toString());
            assertFalse(d.isBefore(s.firstDay()), d.toString());
            assertFalse(d.isAfter(s.lastDay()), d.toString());
            days++;
        }
        assertEquals(366, days, "116 spans February 2028, a leap month");
    }

    @Test
    void semestersSortByYearThenNumber() {
        List<Semester> semesters = new ArrayList<>(List.of(Semester.of(115, 2), Semester.of(116, 1),
                Semester.of(114, 2), Semester.of(115, 1)));
        Collections.sort(semesters);
        assertEquals(List.of(Semester.of(114, 2), Semester.of(115, 1), Semester.of(115, 2), Semester.of(116, 1)),
                semesters);
        assertTrue(Semester.of(114, 2).compareTo(Semester.of(115, 1)) < 0);
        assertEquals(0, Semester.of(115, 1).compareTo(new Semester(AcademicYear.of(115), 1)));
    }

    @ParameterizedTest(name = "semester {0} is refused")
    @ValueSource(ints = {0, 3, -1})
    void onlySemestersOneAndTwoExist(int number) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Semester.of(115, number));
        assertEquals(List.of(new FieldError("semester", "must be 1 or 2")), e.fieldErrors());
    }

    @Test
    void aSemesterNeedsAnAcademicYear() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Semester(null, 1));
        assertEquals(List.of(new FieldError("academicYear", "is required")), e.fieldErrors());
    }

    @Test
    void anInvalidYearIsRefusedBeforeTheSemesterNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Semester.of(0, 3));
        assertEquals("academicYear", e.fieldErrors().get(0).field());
    }
}
