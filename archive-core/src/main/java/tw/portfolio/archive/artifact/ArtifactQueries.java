package tw.portfolio.archive.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import tw.portfolio.archive.access.PortfolioAccess;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.paging.PageRequest;
import tw.portfolio.archive.student.Student;

/** Reads of artifacts, each through the access rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArtifactQueries {
    @PersistenceContext(unitName = "archive")
    EntityManager em;

    /** A page of a student's artifacts, newest first. */
    public record Page(List<Artifact> items, int page, int size, long total) {
    }

    /** The artifact, if the actor may read it; otherwise "not found", as for a missing id. */
    public Artifact readable(Actor actor, String artifactId) {
        Artifact a = artifactId == null ? null : em.find(Artifact.class, artifactId);
        if (a == null || a.state() == Artifact.State.DELETED || !PortfolioAccess.mayReadPortfolio(actor, a.studentId())) {
            throw new NotFoundException("No artifact " + artifactId);
        }
        return a;
    }

    public Page listForStudent(Actor actor, String studentId, PageRequest page) {
        PortfolioAccess.requireReadPortfolio(actor, studentId);
        requireStudent(studentId);
        List<Artifact> items = em.createQuery("select a from Artifact a where a.studentId = :s and a.state <> :d "
                + "order by a.createdAt desc, a.id", Artifact.class)
                .setParameter("s", studentId).setParameter("d", Artifact.State.DELETED)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(a) from Artifact a where a.studentId = :s and a.state <> :d",
                Long.class).setParameter("s", studentId).setParameter("d", Artifact.State.DELETED).getSingleResult();
        return new Page(items, page.page(), page.size(), total);
    }

    /** The student, or not found. */
    public Student requireStudent(String studentId) {
        Student s = studentId == null ? null : em.find(Student.class, studentId);
        if (s == null) {
            throw new NotFoundException("No student " + studentId);
        }
        return s;
    }
}
