package tw.portfolio.archive.portfolio.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.portfolio.StudentYearLock;
import tw.portfolio.archive.portfolio.selection.Selection;
import tw.portfolio.archive.portfolio.selection.SelectionRepository;

/**
 * Selections in JPA. The row per student and year (unique on STUDENT_ID, ACADEMIC_YEAR) is read
 * with {@code PESSIMISTIC_WRITE} (SELECT ... FOR UPDATE), so concurrent changes to one
 * student-year queue behind each other; it doubles as the {@link StudentYearLock}.
 */
public class JpaSelectionRepository implements SelectionRepository, StudentYearLock {
    private static final String BY_STUDENT_YEAR =
            "SELECT s FROM Selection s WHERE s.studentId = :s AND s.academicYear = :y";

    private final EntityManager em;
    private final Clock clock;

    public JpaSelectionRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<Selection> find(String studentId, int academicYear) {
        return em.createQuery(BY_STUDENT_YEAR, Selection.class)
                .setParameter("s", studentId).setParameter("y", academicYear)
                .getResultStream().findFirst();
    }

    @Override
    public Selection lockOrCreate(String studentId, int academicYear) {
        List<Selection> found;
        try {
            found = em.createQuery(BY_STUDENT_YEAR, Selection.class)
                    .setParameter("s", studentId).setParameter("y", academicYear)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new ConflictException("Another change to this student's academic year is in progress; try again", e);
        }
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Selection created = Selection.empty(studentId, academicYear, clock.instant());
        em.persist(created);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("This student's academic year was changed at the same time; try again", e);
        }
        return created;
    }

    @Override
    public List<Selection> ofYear(int academicYear) {
        return em.createQuery("SELECT s FROM Selection s WHERE s.academicYear = :y ORDER BY s.studentId", Selection.class)
                .setParameter("y", academicYear).getResultList();
    }

    @Override
    public List<Selection> lockAllOfYear(int academicYear) {
        return em.createQuery("SELECT s FROM Selection s WHERE s.academicYear = :y", Selection.class)
                .setParameter("y", academicYear)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .sorted(Comparator.comparing(Selection::studentId))
                .toList();
    }

    @Override
    public void lock(String studentId, int academicYear) {
        lockOrCreate(studentId, academicYear);
    }
}
