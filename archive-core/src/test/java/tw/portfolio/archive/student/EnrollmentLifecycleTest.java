package tw.portfolio.archive.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tw.portfolio.archive.student.EnrollmentChangeType.GRADUATE;
import static tw.portfolio.archive.student.EnrollmentChangeType.RETURN;
import static tw.portfolio.archive.student.EnrollmentChangeType.SUSPEND;
import static tw.portfolio.archive.student.EnrollmentChangeType.TRANSFER_IN;
import static tw.portfolio.archive.student.EnrollmentChangeType.TRANSFER_OUT;
import static tw.portfolio.archive.student.EnrollmentChangeType.WITHDRAW;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.student.EnrollmentLifecycle.Step;
import tw.portfolio.archive.student.Student.Status;

class EnrollmentLifecycleTest {
    private static Step step(EnrollmentChangeType type, String date) {
        return new Step(type, LocalDate.parse(date));
    }

    @Test
    void section7_suspensionAndReturnGoBackAndForth() {
        assertEquals(Status.SUSPENDED, EnrollmentLifecycle.next(Status.ENROLLED, SUSPEND));
        assertEquals(Status.ENROLLED, EnrollmentLifecycle.next(Status.SUSPENDED, RETURN));
    }

    @Test
    void section7_aReturnWhenNotSuspendedIsAConflictSayingWhy() {
        ConflictException e = assertThrows(ConflictException.class, () -> EnrollmentLifecycle.next(Status.ENROLLED, RETURN));
        assertEquals("RETURN does not fit a student who is ENROLLED: it applies to a student who is SUSPENDED",
                e.getMessage());
    }

    @Test
    void section7_graduatingTwiceIsAConflict() {
        assertThrows(ConflictException.class, () -> EnrollmentLifecycle.next(Status.GRADUATED, GRADUATE));
    }

    @ParameterizedTest(name = "{0} sets the completion date (§6)")
    @EnumSource(value = EnrollmentChangeType.class, names = {"GRADUATE", "COMPLETE", "WITHDRAW", "TRANSFER_OUT"})
    void section6_leavingSetsTheDateSealingCountsFrom(EnrollmentChangeType type) {
        EnrollmentLifecycle.Standing s = EnrollmentLifecycle.replay(List.of(step(type, "2026-06-30")));
        assertEquals(LocalDate.of(2026, 6, 30), s.completedOn());
        assertEquals(true, s.status().left());
    }

    @Test
    void section6_comingBackAfterATransferClearsTheCompletionDate() {
        EnrollmentLifecycle.Standing s = EnrollmentLifecycle.replay(List.of(step(TRANSFER_OUT, "2025-01-31"),
                step(TRANSFER_IN, "2025-09-01")));
        assertEquals(Status.ENROLLED, s.status());
        assertNull(s.completedOn());
    }

    @Test
    void section6_replayIsInDateOrderSoARedatedChangeCounts() {
        EnrollmentLifecycle.Standing s = EnrollmentLifecycle.replay(List.of(step(WITHDRAW, "2026-03-01"),
                step(SUSPEND, "2025-10-01")));
        assertEquals(Status.WITHDRAWN, s.status());
        assertEquals(LocalDate.of(2026, 3, 1), s.completedOn());
    }

    @Test
    void section7_aCorrectionThatBreaksTheOrderIsAConflictNamingTheDay() {
        ConflictException e = assertThrows(ConflictException.class, () -> EnrollmentLifecycle.replay(List.of(
                step(SUSPEND, "2025-10-01"), step(RETURN, "2025-09-01"))));
        assertEquals("The changes do not follow each other: on 2025-09-01, RETURN does not fit a student who is "
                + "ENROLLED: it applies to a student who is SUSPENDED", e.getMessage());
    }
}
