package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.portfolio.diverse.DiversePerformance;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceRepository;

/** Diverse-performance items in JPA. */
public class JpaDiversePerformanceRepository implements DiversePerformanceRepository {
    private final EntityManager em;

    public JpaDiversePerformanceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DiversePerformance> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(DiversePerformance.class, id));
    }

    @Override
    public void add(DiversePerformance item) {
        em.persist(item);
    }

    @Override
    public long countOf(String studentId, int academicYear) {
        return em.createQuery("SELECT COUNT(d) FROM DiversePerformance d WHERE d.studentId = :s AND d.academicYear = :y",
                        Long.class)
                .setParameter("s", studentId).setParameter("y", academicYear).getSingleResult();
    }

    @Override
    public List<DiversePerformance> ofStudent(String studentId) {
        return em.createQuery("SELECT d FROM DiversePerformance d WHERE d.studentId = :s", DiversePerformance.class)
                .setParameter("s", studentId).getResultList();
    }
}
