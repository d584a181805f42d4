package tw.portfolio.archive.portfolio.window;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioEvents;
import tw.portfolio.archive.portfolio.PortfolioSettings;

/** ACADEMIC_ADMIN sets the windows; everyone may read them. */
public class WindowService {
    private final WindowRepository windows;
    private final PortfolioEvents events;
    private final PortfolioSettings settings;

    public WindowService(WindowRepository windows, PortfolioEvents events, PortfolioSettings settings) {
        this.windows = windows;
        this.events = events;
        this.settings = settings;
    }

    /** Creates or moves the window of {@code period}. */
    public WindowView set(Actor actor, WindowPeriod period, Instant opensAt, Instant closesAt) {
        if (!actor.has(Role.ACADEMIC_ADMIN)) {
            throw new ForbiddenException("Only the academic affairs office sets windows");
        }
        Window window = windows.find(period).orElse(null);
        if (window == null) {
            window = Window.define(period, opensAt, closesAt, settings);
            windows.add(window);
        } else {
            window.reschedule(opensAt, closesAt, settings);
        }
        events.record(ArchiveEventType.METADATA_MODIFICATION, window.id(), null, actor,
                Map.of("action", "window-set", "window", period.toString(),
                        "opensAt", opensAt.toString(), "closesAt", closesAt.toString()));
        return window.view();
    }

    /** The windows of an academic year, per-semester ones first. */
    public List<WindowView> ofYear(int academicYear) {
        return windows.ofYear(academicYear).stream().map(Window::view)
                .sorted(Comparator.comparing(WindowView::kind).thenComparing(WindowView::semester))
                .toList();
    }
}
