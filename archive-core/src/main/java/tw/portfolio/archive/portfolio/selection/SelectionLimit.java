package tw.portfolio.archive.portfolio.selection;

import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.portfolio.PortfolioSettings;

/**
 * The national selection limits (§4(3): 6 course outcomes; §4(4): 10 diverse-performance items
 * per academic year). A refusal's problem type names the limit.
 *
 * @param rule the problem type, {@code selection-limit-outcomes} or {@code selection-limit-diverse}
 * @param what what is counted, for the message
 * @param max the most that may be selected
 */
public record SelectionLimit(String rule, String what, int max) {

    public static SelectionLimit outcomes(PortfolioSettings settings) {
        return new SelectionLimit("selection-limit-outcomes", "course outcomes", settings.outcomeSelectionPerYear());
    }

    public static SelectionLimit diverse(PortfolioSettings settings) {
        return new SelectionLimit("selection-limit-diverse", "diverse-performance items", settings.diverseSelectionPerYear());
    }

    /** Refuses a selection of {@code count} items when it is above the limit. */
    public void check(int count) {
        if (count > max) {
            throw RuleViolationException.of(rule, "At most " + max + " " + what + " may be selected per academic year; "
                    + count + " were chosen");
        }
    }
}
