package tw.portfolio.archive.portfolio.selection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.PortfolioSettings;

class SelectionLimitTest {
    private final PortfolioSettings settings = PortfolioSettings.defaults();

    @Test
    void section4_3_sixOutcomesAreAllowedAndSevenRefused() {
        SelectionLimit limit = SelectionLimit.outcomes(settings);
        assertDoesNotThrow(() -> limit.check(6));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> limit.check(7));
        assertEquals("selection-limit-outcomes", e.problemType());
        assertEquals("At most 6 course outcomes may be selected per academic year; 7 were chosen", e.getMessage());
    }

    @Test
    void section4_4_tenDiverseItemsAreAllowedAndElevenRefused() {
        SelectionLimit limit = SelectionLimit.diverse(settings);
        assertDoesNotThrow(() -> limit.check(10));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> limit.check(11));
        assertEquals("selection-limit-diverse", e.problemType());
    }

    @Test
    void theLimitFollowsTheSetting() {
        PortfolioSettings three = new PortfolioSettings(3, 10, 30, 100, 3, 1, 1);
        assertThrows(RuleViolationException.class, () -> SelectionLimit.outcomes(three).check(4));
        assertDoesNotThrow(() -> SelectionLimit.outcomes(three).check(3));
    }
}
