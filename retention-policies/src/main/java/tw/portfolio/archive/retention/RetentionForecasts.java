package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * The retention forecast for staff: counted per completion or seal date in SQL (GROUP BY), the
 * dates computed from them under the policy version in force (a sealed student's seal date is the
 * one they were sealed under).
 */
@ApplicationScoped
public class RetentionForecasts {
    /** The longest forecast: ten years. */
    public static final int MAX_DAYS = 3660;
    private static final String HELD = "LEFT JOIN (SELECT DISTINCT STUDENT_ID FROM LEGAL_HOLD WHERE RELEASED_AT IS NULL) H "
            + "ON H.STUDENT_ID = S.ID ";

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    PolicyVersions policies;
    @Inject
    SealingSweeps sweeps;

    /** {@code rawDays}: 1 to {@value #MAX_DAYS}; REGISTRAR, ACADEMIC_ADMIN or SYSTEM_ADMIN. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RetentionForecast forecast(Actor actor, String rawDays) {
        if (!actor.hasAny(Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.SYSTEM_ADMIN)) {
            throw new ForbiddenException("Only the registration section, the academic affairs office or the system "
                    + "administrator sees the retention forecast");
        }
        int days = days(rawDays);
        PolicyVersion policy = policies.current();
        LocalDate asOf = sweeps.today();
        LocalDate until = asOf.plusDays(days);
        Map<LocalDate, long[]> sealing = new TreeMap<>();
        Map<LocalDate, long[]> disposable = new TreeMap<>();
        for (Object[] r : grouped("SELECT S.COMPLETED_ON, COUNT(*), COUNT(H.STUDENT_ID) FROM STUDENT S " + HELD
                + "WHERE S.SEALED_ON IS NULL AND S.COMPLETED_ON <= ? GROUP BY S.COMPLETED_ON",
                policy.lastCompletionSealedBy(until))) {
            LocalDate sealDate = policy.sealDate(SqlValues.date(r[0]));
            add(sealing, sealDate, r);
            LocalDate free = policy.disposableFrom(sealDate);
            if (!free.isAfter(until)) {
                add(disposable, free, r);
            }
        }
        for (Object[] r : grouped("SELECT S.SEAL_DATE, COUNT(*), COUNT(H.STUDENT_ID) FROM STUDENT S " + HELD
                + "WHERE S.SEALED_ON IS NOT NULL AND S.SEAL_DATE <= ? GROUP BY S.SEAL_DATE", until)) {
            LocalDate free = policy.disposableFrom(SqlValues.date(r[0]));
            if (!free.isAfter(until)) {
                add(disposable, free, r);
            }
        }
        return new RetentionForecast(asOf, until, policy.version(), total(sealing), days(sealing), total(disposable),
                days(disposable));
    }

    private List<Object[]> grouped(String sql, LocalDate bound) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Date.valueOf(bound)).getResultList();
        return rows;
    }

    private static void add(Map<LocalDate, long[]> days, LocalDate date, Object[] row) {
        long[] n = days.computeIfAbsent(date, d -> new long[2]);
        n[0] += ((Number) row[1]).longValue();
        n[1] += ((Number) row[2]).longValue();
    }

    private static long total(Map<LocalDate, long[]> days) {
        return days.values().stream().mapToLong(n -> n[0]).sum();
    }

    private static List<RetentionForecast.Day> days(Map<LocalDate, long[]> days) {
        return days.entrySet().stream().map(e -> new RetentionForecast.Day(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    static int days(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.field("days", "is required: how many days ahead, 1 to " + MAX_DAYS);
        }
        try {
            int days = Integer.parseInt(raw.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.field("days", "must be a whole number from 1 to " + MAX_DAYS);
    }
}
