package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.portfolio.outcome.CourseOutcome;
import tw.portfolio.archive.portfolio.outcome.CourseOutcomeRepository;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;

/** Course outcomes in JPA. */
public class JpaCourseOutcomeRepository implements CourseOutcomeRepository {
    private final EntityManager em;

    public JpaCourseOutcomeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CourseOutcome> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(CourseOutcome.class, id));
    }

    @Override
    public void add(CourseOutcome outcome) {
        em.persist(outcome);
    }

    @Override
    public List<CourseOutcome> ofStudent(String studentId) {
        return em.createQuery("SELECT o FROM CourseOutcome o WHERE o.studentId = :s", CourseOutcome.class)
                .setParameter("s", studentId).getResultList();
    }

    @Override
    public List<CourseOutcome> pendingFor(Collection<String> courseIds, int offset, int limit) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM CourseOutcome o WHERE o.state = :st AND o.courseId IN :cs"
                        + " ORDER BY o.uploadedAt, o.id", CourseOutcome.class)
                .setParameter("st", OutcomeState.PENDING_CERTIFICATION)
                .setParameter("cs", courseIds).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPending(Collection<String> courseIds) {
        if (courseIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(o.id) FROM CourseOutcome o WHERE o.state = :st AND o.courseId IN :cs",
                        Long.class)
                .setParameter("st", OutcomeState.PENDING_CERTIFICATION).setParameter("cs", courseIds)
                .getSingleResult();
    }
}
