package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a student's retention standing from the database (STUDENT.COMPLETED_ON and SEALED_ON,
 * LEGAL_HOLD), inside the caller's transaction when there is one.
 */
@ApplicationScoped
public class DatabaseRetentionStatus implements RetentionStatus {
    @PersistenceContext(unitName = "archive")
    EntityManager em;

    @Inject
    @ConfigProperty(name = RetentionSettings.SEAL_AFTER, defaultValue = RetentionSettings.SEAL_AFTER_DEFAULT)
    String sealAfter;

    @Override
    public Optional<StudentRetention> of(String studentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COMPLETED_ON, SEALED_ON FROM STUDENT WHERE ID = ?")
                .setParameter(1, studentId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate completedOn = date(rows.get(0)[0]);
        LocalDate sealedOn = date(rows.get(0)[1]);
        @SuppressWarnings("unchecked")
        List<Object[]> holds = em.createNativeQuery(
                        "SELECT ID, PLACED_AT FROM LEGAL_HOLD WHERE STUDENT_ID = ? AND RELEASED_AT IS NULL ORDER BY PLACED_AT")
                .setParameter(1, studentId).getResultList();
        LocalDate sealDate = completedOn == null ? null : new SealingPolicy(Period.parse(sealAfter)).sealDate(completedOn);
        return Optional.of(new StudentRetention(studentId, completedOn, sealDate, sealedOn,
                holds.stream().map(h -> new LegalHoldRef((String) h[0], ((Timestamp) h[1]).toInstant())).toList()));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
