package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;

/** The forecast: who seals and who becomes disposable in the next days (today is 2026-12-08 in Taipei). */
class RetentionForecastsTest {
    private static final Actor ADMIN = Actor.staff("admin1", Role.ACADEMIC_ADMIN);
    private final RetentionDatabase db = new RetentionDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void section6_studentsSealingInTheWindowByDay_dueOnesIncluded_laterOnesNot() {
        db.student(LocalDate.of(2021, 12, 20));
        db.student(LocalDate.of(2021, 12, 20));
        db.student(LocalDate.of(2021, 12, 1));
        db.student(LocalDate.of(2022, 1, 20));
        db.student(null);

        RetentionForecast f = db.forecasts.forecast(ADMIN, "30");

        assertEquals(LocalDate.of(2026, 12, 8), f.asOf());
        assertEquals(LocalDate.of(2027, 1, 7), f.until());
        assertEquals(3, f.sealingTotal());
        assertEquals(List.of(new RetentionForecast.Day(LocalDate.of(2026, 12, 1), 1, 0),
                new RetentionForecast.Day(LocalDate.of(2026, 12, 20), 2, 0)), f.sealing());
        assertEquals(0, f.disposableTotal());
    }

    @Test
    void section6_sealedStudentsBecomeDisposableFiveYearsAfterTheirSealDate_holdsCounted() {
        String old = db.student(LocalDate.of(2016, 12, 10));
        db.student(LocalDate.of(2016, 12, 10));
        db.sweeps.run(db.sweeps.request(ADMIN).id());
        db.inNewTransaction(() -> db.holds.place(Actor.staff("r", Role.REGISTRAR), old, "case"));

        RetentionForecast f = db.forecasts.forecast(ADMIN, "7");

        assertEquals(List.of(new RetentionForecast.Day(LocalDate.of(2026, 12, 10), 2, 1)), f.disposable());
        assertEquals(0, f.sealingTotal());
    }

    @Test
    void daysMustBeAWholeNumberFrom1To3660_andOnlyStaffAsk() {
        for (String bad : new String[] {null, "", "0", "3661", "-1", "ten", "1.5"}) {
            assertEquals("days", assertThrows(InvalidInputException.class, () -> db.forecasts.forecast(ADMIN, bad))
                    .fieldErrors().get(0).field());
        }
        assertThrows(ForbiddenException.class, () -> db.forecasts.forecast(Actor.staff("t", Role.SUBJECT_TEACHER), "30"));
    }
}
