package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiverseView;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;

/** Diverse performance (§4(4)) in one transaction per call. */
@ApplicationScoped
@Transactional
public class DiverseApplication {
    @Inject
    PortfolioServices services;

    public DiverseView create(Actor actor, String studentId, DiverseDraft draft) {
        return services.diverse().create(actor, studentId, draft);
    }

    public DiverseView get(Actor actor, String itemId) {
        return services.diverse().get(actor, itemId);
    }

    /** A student's items, newest first; only those of {@code academicYear} when it is given. */
    public List<DiverseView> ofStudent(Actor actor, String studentId, Integer academicYear) {
        return services.diverse().ofStudent(actor, studentId).stream()
                .filter(d -> academicYear == null || d.academicYear() == academicYear).toList();
    }
}
