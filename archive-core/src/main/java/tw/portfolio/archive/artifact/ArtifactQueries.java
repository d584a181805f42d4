package tw.portfolio.archive.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tw.portfolio.archive.access.PortfolioAccess;
import tw.portfolio.archive.access.SealedRecordException;
import tw.portfolio.archive.access.SealedRecords;
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

    /**
     * The artifact, if the actor may read it; otherwise "not found", as for a missing id. A sealed
     * artifact is read only by its student: anyone else gets 403 naming the seal date
     * ({@link SealedRecords}; an auditor's reasoned read goes through {@link ArtifactAccess}).
     */
    public Artifact readable(Actor actor, String artifactId) {
        Artifact a = visible(actor, artifactId);
        if (!actor.isStudent(a.studentId())) {
            SealedRecords sealed = new SealedRecords(em);
            java.util.Optional<tw.portfolio.archive.access.Seal> on = sealed.seal(a.studentId());
            if (on.isPresent() || a.state() == Artifact.State.SEALED) {
                throw new SealedRecordException(on.orElse(null));
            }
        }
        return a;
    }

    /** The artifact if it exists, is not deleted and the actor may read its portfolio, sealed or not; else 404. */
    Artifact visible(Actor actor, String artifactId) {
        Artifact a = artifactId == null ? null : em.find(Artifact.class, artifactId);
        if (a == null || a.state() == Artifact.State.DELETED || !PortfolioAccess.mayReadPortfolio(actor, a.studentId())) {
            throw new NotFoundException("No artifact " + artifactId);
        }
        return a;
    }

    /**
     * A page of a student's artifacts, newest first (ties by id), and how many there are. Two indexed
     * steps (migration V10): the page's ids from the listing index alone, skipping {@code page * size}
     * index entries, then those rows by primary key; the total is an index-only count, taken only when
     * the page is full (a partial page ends the list, so its offset plus its length is the total).
     * Sealed files are listed to their student only (title, date, digest, size, so they can decide
     * on deletion); for anyone else they are silently left out, and a sealed student's list is empty.
     */
    public Page listForStudent(Actor actor, String studentId, PageRequest page) {
        PortfolioAccess.requireReadPortfolio(actor, studentId);
        requireStudent(studentId);
        int size = page.size();
        boolean owner = actor.isStudent(studentId);
        if (!owner && new SealedRecords(em).sealedOn(studentId).isPresent()) {
            return new Page(List.of(), page.page(), size, 0);
        }
        List<Artifact.State> hidden = owner ? List.of(Artifact.State.DELETED)
                : List.of(Artifact.State.DELETED, Artifact.State.SEALED);
        long offset = page.offset();
        List<String> ids = pageIds(studentId, hidden, offset, size);
        List<Artifact> items = byId(ids);
        long total = !ids.isEmpty() && ids.size() < size ? offset + ids.size()
                : em.createQuery("select count(a.id) from Artifact a where a.studentId = :s and a.state not in :h",
                        Long.class).setParameter("s", studentId).setParameter("h", hidden)
                        .getSingleResult();
        return new Page(items, page.page(), size, total);
    }

    /**
     * The ids of one page of the list, from the listing index alone (no sort, no table row read). JPA
     * counts rows in int, offset plus size included: a page beyond that (two billion files of one
     * student) is empty.
     */
    List<String> pageIds(String studentId, List<Artifact.State> hidden, long offset, int size) {
        if (offset > Integer.MAX_VALUE - size) {
            return List.of();
        }
        return em.createQuery("select a.id from Artifact a where a.studentId = :s and a.state not in :h "
                + "order by a.createdAt desc, a.id", String.class)
                .setParameter("s", studentId).setParameter("h", hidden)
                .setFirstResult((int) offset).setMaxResults(size).getResultList();
    }

    /** The artifacts with these ids, in the order of the ids; one query by primary key. */
    private List<Artifact> byId(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Artifact> found = em.createQuery("select a from Artifact a where a.id in :ids", Artifact.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Artifact::id, a -> a));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
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
