package tw.portfolio.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class SealingPolicyTest {
    private final SealingPolicy policy = SealingPolicy.defaults();

    @Test
    void section5_sealsFiveYearsAfterCompletion() {
        assertEquals(LocalDate.of(2031, 6, 30), policy.sealDate(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void section5_notSealedTheDayBeforeAndSealedOnTheDay() {
        LocalDate completed = LocalDate.of(2026, 6, 30);
        assertFalse(policy.isSealed(completed, LocalDate.of(2031, 6, 29)));
        assertTrue(policy.isSealed(completed, LocalDate.of(2031, 6, 30)));
    }

    @Test
    void aZeroPeriodIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SealingPolicy(Period.ZERO));
    }
}
