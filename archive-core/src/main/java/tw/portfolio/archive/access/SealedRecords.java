package tw.portfolio.archive.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tw.portfolio.archive.account.Actor;

/**
 * "Sealed means sealed, everywhere" (§6, issue 15): the one rule every staff path asks. A student is
 * sealed once a retention sweep set {@code STUDENT.SEALED_ON} (the same column
 * {@code RetentionStatus.sealedOn()} reads; the sweep also marks the student's artifacts SEALED in
 * that transaction). Then:
 * <ul>
 * <li>the student (or alumnus) themself still reads and lists everything of theirs, so they can
 *     decide on deletion;</li>
 * <li>everyone else's lists silently leave the student's records out ({@link #hiddenFrom}), and a
 *     direct read answers 403 naming the seal date ({@link #requireReadable}); an auditor reads
 *     sealed content only through the reasoned read of {@code ArtifactAccess};</li>
 * <li>nobody writes to the records any more: 409 ({@link #requireWritable}).</li>
 * </ul>
 * Reads through the caller's EntityManager, inside their transaction when there is one, else in a
 * short one of its own: a read outside any transaction would leave Payara a non-transactional
 * EntityManager that fails to close at the end of a request that later opened a transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SealedRecords {
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "archive")
    EntityManager em;

    public SealedRecords() {
    }

    /** For services wired by hand (and tests): reads through {@code em}. */
    public SealedRecords(EntityManager em) {
        this.em = em;
    }

    /** The student's seal, empty while they are not sealed (or there is no such student). */
    public Optional<Seal> seal(String studentId) {
        if (studentId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT SEALED_ON, SEAL_DATE FROM STUDENT WHERE ID = ? AND SEALED_ON IS NOT NULL")
                .setParameter(1, studentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Seal(date(row[0]), row[1] == null ? null : date(row[1])));
    }

    /** The day the student's records were sealed, empty while they are not (or no such student). */
    public Optional<LocalDate> sealedOn(String studentId) {
        return seal(studentId).map(Seal::sealedOn);
    }

    /** Which of these students are sealed, in one query per 500 ids (for lists across students). */
    public Set<String> sealedAmong(Collection<String> studentIds) {
        Set<String> sealed = new HashSet<>();
        List<String> ids = new ArrayList<>(new HashSet<>(studentIds));
        ids.remove(null);
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            var q = em.createNativeQuery("SELECT ID FROM STUDENT WHERE SEALED_ON IS NOT NULL AND ID IN (" + marks + ")");
            for (int i = 0; i < chunk.size(); i++) {
                q.setParameter(i + 1, chunk.get(i));
            }
            for (Object id : q.getResultList()) {
                sealed.add((String) id);
            }
        }
        return sealed;
    }

    /** True when the student's sealed records are left out of what {@code actor} is shown. */
    public boolean hiddenFrom(Actor actor, String studentId) {
        return !actor.isStudent(studentId) && sealedOn(studentId).isPresent();
    }

    /** Refuses (403 naming the seal date) a read of a sealed student's record by anyone but the student. */
    public void requireReadable(Actor actor, String studentId) {
        if (!actor.isStudent(studentId)) {
            Optional<Seal> on = seal(studentId);
            if (on.isPresent()) {
                throw new SealedRecordException(on.get());
            }
        }
    }

    /** Refuses (409) any change to a sealed student's records, whoever asks. */
    public void requireWritable(String studentId) {
        Optional<Seal> on = seal(studentId);
        if (on.isPresent()) {
            throw new SealedReadOnlyException(on.get());
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
