package tw.portfolio.archive.portfolio.window;

import java.time.Clock;
import java.time.Instant;
import tw.portfolio.archive.error.RuleViolationException;

/**
 * The rule that an action happens inside its window. A refusal is a {@code window-closed}
 * problem that names the window and its dates, so the student knows when to come back.
 */
public final class WindowPolicy {
    private final WindowRepository windows;
    private final Clock clock;

    public WindowPolicy(WindowRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** Refuses unless the window is set and {@code now} is inside it. */
    public void requireOpen(WindowPeriod period) {
        Instant now = clock.instant();
        Window window = windows.find(period).orElseThrow(() -> RuleViolationException.of("window-closed",
                "The " + describe(period) + " window has not been set"));
        if (!window.isOpenAt(now)) {
            throw RuleViolationException.of("window-closed", "The " + describe(period) + " window is open from "
                    + window.opensAt() + " (inclusive) to " + window.closesAt() + " (exclusive); it is now " + now);
        }
    }

    /** Refuses unless the window is set and has closed. */
    public void requireClosed(WindowPeriod period) {
        Instant now = clock.instant();
        Window window = windows.find(period).orElseThrow(() -> RuleViolationException.of("window-not-closed",
                "The " + describe(period) + " window has not been set"));
        if (!window.hasClosedAt(now)) {
            throw RuleViolationException.of("window-not-closed", "The " + describe(period) + " window closes at "
                    + window.closesAt() + "; it is now " + now);
        }
    }

    /** True when the window is set and open now. */
    public boolean isOpen(WindowPeriod period) {
        return windows.find(period).map(w -> w.isOpenAt(clock.instant())).orElse(false);
    }

    private static String describe(WindowPeriod p) {
        return p.kind().label() + " (" + p + ")";
    }
}
