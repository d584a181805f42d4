package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads a student's retention standing from the database (STUDENT.COMPLETED_ON, SEALED_ON and
 * SEAL_DATE, LEGAL_HOLD), inside the caller's transaction when there is one. A sealed student's seal
 * date is the one they were sealed under; an unsealed one's follows the policy version in force
 * and their completion date, so a corrected completion date moves it until they are sealed.
 */
@ApplicationScoped
public class DatabaseRetentionStatus implements RetentionStatus {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    PolicyVersions policies;

    @Override
    public Optional<StudentRetention> of(String studentId) {
        if (studentId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COMPLETED_ON, SEALED_ON, SEAL_DATE FROM STUDENT WHERE ID = ?")
                .setParameter(1, studentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var completedOn = SqlValues.date(rows.get(0)[0]);
        var sealedOn = SqlValues.date(rows.get(0)[1]);
        var sealDate = SqlValues.date(rows.get(0)[2]);
        if (sealDate == null && completedOn != null) {
            sealDate = policies.current().sealDate(completedOn);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> holds = em.createNativeQuery(
                        "SELECT ID, PLACED_AT FROM LEGAL_HOLD WHERE STUDENT_ID = ? AND RELEASED_AT IS NULL ORDER BY PLACED_AT")
                .setParameter(1, studentId).getResultList();
        return Optional.of(new StudentRetention(studentId, completedOn, sealDate, sealedOn,
                holds.stream().map(h -> new LegalHoldRef((String) h[0], SqlValues.instant(h[1]))).toList()));
    }
}
