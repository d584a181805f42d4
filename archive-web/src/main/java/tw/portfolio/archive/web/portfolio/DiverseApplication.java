package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import tw.portfolio.archive.access.SealedRecords;
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
    @Inject
    SealedRecords sealed;

    public DiverseView create(Actor actor, String studentId, DiverseDraft draft) {
        sealed.requireWritable(studentId);
        return services.diverse().create(actor, studentId, draft);
    }

    /** One item; a sealed student's only to the student (else 403 naming the seal date). */
    public DiverseView get(Actor actor, String itemId) {
        DiverseView d = services.diverse().get(actor, itemId);
        sealed.requireReadable(actor, d.studentId());
        return d;
    }

    /** A student's items, newest first; only those of {@code academicYear} when it is given. */
    public List<DiverseView> ofStudent(Actor actor, String studentId, Integer academicYear) {
        List<DiverseView> all = services.diverse().ofStudent(actor, studentId);
        if (sealed.hiddenFrom(actor, studentId)) {
            return List.of();
        }
        return all.stream()
                .filter(d -> academicYear == null || d.academicYear() == academicYear).toList();
    }
}
