package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.portfolio.window.Window;
import tw.portfolio.archive.portfolio.window.WindowPeriod;
import tw.portfolio.archive.portfolio.window.WindowRepository;

/** Windows in JPA. */
public class JpaWindowRepository implements WindowRepository {
    private final EntityManager em;

    public JpaWindowRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Window> find(WindowPeriod period) {
        return em.createQuery("SELECT w FROM PortfolioWindow w WHERE w.kind = :k AND w.academicYear = :y AND w.semester = :s",
                        Window.class)
                .setParameter("k", period.kind())
                .setParameter("y", period.academicYear())
                .setParameter("s", period.semester())
                .getResultStream().findFirst();
    }

    @Override
    public List<Window> ofYear(int academicYear) {
        return em.createQuery("SELECT w FROM PortfolioWindow w WHERE w.academicYear = :y", Window.class)
                .setParameter("y", academicYear).getResultList();
    }

    @Override
    public void add(Window window) {
        em.persist(window);
    }
}
