package tw.portfolio.archive.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

class AcademicYearTest {

    @Test
    void firstOfAugust2026Starts115() {
        assertEquals(AcademicYear.of(115), AcademicYear.containing(LocalDate.of(2026, 8, 1)));
    }

    @Test
    void thirtyFirstOfJuly2026StillBelongsTo114() {
        assertEquals(AcademicYear.of(114), AcademicYear.containing(LocalDate.of(2026, 7, 31)));
    }

    @ParameterizedTest(name = "{0} lies in 學年度 {1}")
    @CsvSource({
        "2026-08-01,115", "2026-12-31,115", "2027-01-01,115", "2027-01-31,115", "2027-02-01,115",
        "2027-07-31,115", "2027-08-01,116", "2020-08-01,109", "2020-07-31,108", "2024-02-29,112",
        "1912-08-01,1"
    })
    void datesFallInTheYearThatStartedOnTheLastFirstOfAugust(LocalDate date, int expected) {
        assertEquals(expected, AcademicYear.containing(date).value());
    }

    @Test
    void year115RunsFromFirstOfAugust2026ToThirtyFirstOfJuly2027() {
        AcademicYear y = AcademicYear.of(115);
        assertEquals(LocalDate.of(2026, 8, 1), y.firstDay());
        assertEquals(LocalDate.of(2027, 7, 31), y.lastDay());
    }

    @Test
    void consecutiveYearsMeetWithoutGapOrOverlap() {
        for (int v = 100; v < 130; v++) {
            AcademicYear y = AcademicYear.of(v);
            assertEquals(y.next().firstDay(), y.lastDay().plusDays(1));
            assertEquals(y, AcademicYear.containing(y.firstDay()));
            assertEquals(y, AcademicYear.containing(y.lastDay()));
        }
    }

    @Test
    void nextIsTheFollowingYear() {
        assertEquals(AcademicYear.of(116), AcademicYear.of(115).next());
    }

    @Test
    void yearsSortByTheirNumber() {
        List<AcademicYear> years = new ArrayList<>(List.of(AcademicYear.of(116), AcademicYear.of(9),
                AcademicYear.of(115), AcademicYear.of(100)));
        Collections.sort(years);
        assertEquals(List.of(AcademicYear.of(9), AcademicYear.of(100), AcademicYear.of(115), AcademicYear.of(116)),
                years);
        assertTrue(AcademicYear.of(114).compareTo(AcademicYear.of(115)) < 0);
        assertEquals(0, AcademicYear.of(115).compareTo(AcademicYear.of(115)));
    }

    @Test
    void theStringFormIsTheMinguoNumber() {
        assertEquals("115", AcademicYear.of(115).toString());
    }

    @ParameterizedTest(name = "{0} is not a Minguo year")
    @ValueSource(ints = {0, -1, 1000, 2026, Integer.MIN_VALUE})
    void yearsOutsideOneTo999AreRefusedNamingTheField(int value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AcademicYear.of(value));
        assertEquals(List.of(new FieldError("academicYear", "must be a Minguo year between 1 and 999")),
                e.fieldErrors());
    }

    @Test
    void theBoundaryYearsOneAnd999AreAccepted() {
        assertEquals(LocalDate.of(1912, 8, 1), AcademicYear.of(1).firstDay());
        assertEquals(LocalDate.of(2911, 7, 31), AcademicYear.of(999).lastDay());
    }

    @Test
    void aDateBeforeTheMinguoEraHasNoAcademicYear() {
        assertThrows(InvalidInputException.class, () -> AcademicYear.containing(LocalDate.of(1912, 7, 31)));
    }
}
