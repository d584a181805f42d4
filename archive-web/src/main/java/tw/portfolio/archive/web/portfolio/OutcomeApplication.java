package tw.portfolio.archive.web.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.portfolio.archive.access.SealedRecords;
import tw.portfolio.archive.artifact.Artifact;
import tw.portfolio.archive.artifact.ArtifactAccess;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.QueueItem;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.portfolio.StudentDirectory;
import tw.portfolio.archive.portfolio.StudentSummary;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;
import tw.portfolio.archive.portfolio.outcome.OutcomeView;
import tw.portfolio.archive.portfolio.outcome.OutcomeService;

/** Course-learning outcomes (§4(3), §9(2)2) in one transaction per call. */
@ApplicationScoped
@Transactional
public class OutcomeApplication {
    @Inject
    PortfolioServices services;
    @Inject
    StudentDirectory students;
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    SealedRecords sealed;
    @Inject
    ArtifactAccess access;

    public OutcomeDetails create(Actor actor, String studentId, String courseId, String description,
            List<String> artifactIds) {
        sealed.requireWritable(studentId);
        return details(services.outcomes().create(actor, studentId, courseId, description, artifactIds));
    }

    /** One outcome; a sealed student's only to the student (else 403 naming the seal date). */
    public OutcomeDetails get(Actor actor, String outcomeId) {
        OutcomeView o = services.outcomes().get(actor, outcomeId);
        sealed.requireReadable(actor, o.studentId());
        return details(o);
    }

    /** A student's outcomes, newest first; only those of {@code academicYear} when it is given. */
    public List<OutcomeDetails> ofStudent(Actor actor, String studentId, Integer academicYear) {
        List<OutcomeView> all = services.outcomes().ofStudent(actor, studentId);
        if (sealed.hiddenFrom(actor, studentId)) {
            return List.of();
        }
        return all.stream()
                .filter(o -> academicYear == null || o.academicYear() == academicYear)
                .map(this::details).toList();
    }

    public OutcomeDetails reupload(Actor actor, String outcomeId, String description, List<String> artifactIds) {
        requireWritable(outcomeId);
        return details(services.outcomes().reupload(actor, outcomeId, description, artifactIds));
    }

    public OutcomeDetails certify(Actor actor, String outcomeId, CertificationDecision decision, String reason) {
        requireWritable(outcomeId);
        return details(services.outcomes().certify(actor, outcomeId, decision, reason));
    }

    /** One page of a teacher's queue, each student with name, class and number, and the queue's length. */
    public record QueuePage(List<OutcomeDetails> items, long total) {
    }

    /**
     * One page of the caller's queue, oldest first; only the page's courses and students are looked
     * up (the students in one query).
     */
    public QueuePage queue(Actor actor, int page, int size) {
        OutcomeService.QueuePage p = services.outcomes().queue(actor, page, size);
        java.util.Set<String> hidden = sealed.sealedAmong(p.items().stream().map(q -> q.outcome().studentId()).toList());
        if (!hidden.isEmpty()) {
            List<QueueItem> shown = p.items().stream().filter(q -> !hidden.contains(q.outcome().studentId())).toList();
            p = new OutcomeService.QueuePage(shown, p.total() - (p.items().size() - shown.size()));
        }
        Map<String, StudentSummary> named = students.findByIds(p.items().stream().map(q -> q.outcome().studentId())
                .collect(Collectors.toSet()));
        return new QueuePage(p.items().stream().map(q -> new OutcomeDetails(q.outcome(),
                services.courses().find(q.outcome().courseId()), named.get(q.outcome().studentId()),
                q.onBehalfOf())).toList(), p.total());
    }

    /**
     * A file of the outcome, for whoever may read the outcome (the student, a certifier, staff); not a
     * sealed student's (403 naming the seal date). Read by anyone but the student it is an ACCESS event.
     */
    public Artifact fileOf(Actor actor, String outcomeId, String artifactId) {
        OutcomeView o = services.outcomes().get(actor, outcomeId);
        sealed.requireReadable(actor, o.studentId());
        Artifact a = o.artifactIds().contains(artifactId) ? em.find(Artifact.class, artifactId) : null;
        if (a == null || a.state() == Artifact.State.DELETED) {
            throw new NotFoundException("No file " + artifactId + " in outcome " + outcomeId);
        }
        access.traceContentRead(actor, a);
        em.detach(a);
        return a;
    }

    /** Refuses (409) a change to an outcome of a sealed student; an unknown id is left to the service's 404. */
    private void requireWritable(String outcomeId) {
        CourseOutcome o = outcomeId == null ? null : em.find(CourseOutcome.class, outcomeId);
        if (o != null) {
            sealed.requireWritable(o.studentId());
        }
    }

    private OutcomeDetails details(OutcomeView o) {
        return new OutcomeDetails(o, services.courses().find(o.courseId()), null, List.of());
    }
}
