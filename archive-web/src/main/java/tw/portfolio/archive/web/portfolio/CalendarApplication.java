package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.portfolio.selection.SelectionView;
import tw.portfolio.archive.portfolio.teacher.AvailabilityView;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowView;

/** Windows, teachers' availability and the yearly selection, in one transaction per call. */
@ApplicationScoped
@Transactional
public class CalendarApplication {
    @Inject
    PortfolioServices services;
    @Inject
    tw.portfolio.archive.access.SealedRecords sealed;

    public WindowView setWindow(Actor actor, WindowPeriod period, Instant opensAt, Instant closesAt) {
        return services.windows().set(actor, period, opensAt, closesAt);
    }

    public List<WindowView> windows(int academicYear) {
        return services.windows().ofYear(academicYear);
    }

    public AvailabilityView setAvailability(Actor actor, String username, boolean available, String reason) {
        return services.availability().set(actor, username, available, reason);
    }

    public AvailabilityView availability(Actor actor, String username) {
        return services.availability().get(actor, username);
    }

    public SelectionView selection(Actor actor, String studentId, int academicYear) {
        SelectionView v = services.selections().get(actor, studentId, academicYear);
        sealed.requireReadable(actor, studentId);
        return v;
    }

    public SelectionView replaceSelection(Actor actor, String studentId, int academicYear, List<String> outcomeIds,
            List<String> diverseIds) {
        sealed.requireWritable(studentId);
        return services.selections().replace(actor, studentId, academicYear, outcomeIds, diverseIds);
    }
}
