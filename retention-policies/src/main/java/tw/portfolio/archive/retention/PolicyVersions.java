package tw.portfolio.archive.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.event.ArchiveEvent;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.event.ArchiveEvents;

/**
 * The stored versions of the retention policies (RETENTION_POLICY_VERSION). The settings become a
 * new version at start-up when they differ from the latest one, with a {@code POLICY_ASSIGNMENT}
 * event; a version is never changed afterwards, and what was sealed keeps the version it was sealed
 * under. Reads join the caller's transaction.
 */
@ApplicationScoped
public class PolicyVersions {
    /** The acting role of the policy and sweep events: the archive itself. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    ArchiveEvents events;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = RetentionSettings.SEAL_AFTER, defaultValue = RetentionSettings.SEAL_AFTER_DEFAULT)
    String sealAfter;
    @Inject
    @ConfigProperty(name = RetentionSettings.DISPOSE_AFTER, defaultValue = RetentionSettings.DISPOSE_AFTER_DEFAULT)
    String disposeAfter;

    /** The settings as they stand, as version 0 (not stored). Refused when a period is unreadable. */
    public PolicyVersion fromSettings() {
        return new PolicyVersion(0, PolicyVersion.period(RetentionSettings.SEAL_AFTER, sealAfter),
                PolicyVersion.period(RetentionSettings.DISPOSE_AFTER, disposeAfter), clock.instant());
    }

    /**
     * Stores the settings as a new version when they differ from the latest stored one (or none is
     * stored), with its event, in the caller's transaction; returns the version in force.
     */
    public PolicyVersion ensureCurrent() {
        PolicyVersion wanted = fromSettings();
        Optional<PolicyVersion> latest = latest();
        if (latest.isPresent() && latest.get().sameRulesAs(wanted)) {
            return latest.get();
        }
        int number = latest.map(v -> v.version() + 1).orElse(1);
        PolicyVersion v = new PolicyVersion(number, wanted.sealAfter(), wanted.disposeAfter(), clock.instant());
        em.createNativeQuery("INSERT INTO RETENTION_POLICY_VERSION (VERSION, SEAL_AFTER, DISPOSE_AFTER, EFFECTIVE_FROM) "
                        + "VALUES (?, ?, ?, ?)")
                .setParameter(1, v.version()).setParameter(2, v.sealAfter().toString())
                .setParameter(3, v.disposeAfter().toString()).setParameter(4, Timestamp.from(v.effectiveFrom()))
                .executeUpdate();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("policyVersion", Integer.toString(v.version()));
        detail.put("previousVersion", latest.map(p -> Integer.toString(p.version())).orElse("none"));
        detail.put("sealAfter", v.sealAfter().toString());
        detail.put("disposeAfter", v.disposeAfter().toString());
        events.record(ArchiveEvent.success(ArchiveEventType.POLICY_ASSIGNMENT, "retention-policy:" + v.version(), null,
                SYSTEM_ROLE, v.effectiveFrom(), detail));
        return v;
    }

    /** The version in force: the latest stored, or the settings while none is stored. */
    public PolicyVersion current() {
        return latest().orElseGet(this::fromSettings);
    }

    /** One stored version; the settings for version 0. */
    public Optional<PolicyVersion> version(int number) {
        if (number == 0) {
            return Optional.of(fromSettings());
        }
        return all().stream().filter(v -> v.version() == number).findFirst();
    }

    public Optional<PolicyVersion> latest() {
        List<PolicyVersion> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every stored version, oldest first. */
    public List<PolicyVersion> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT VERSION, SEAL_AFTER, DISPOSE_AFTER, EFFECTIVE_FROM FROM RETENTION_POLICY_VERSION ORDER BY VERSION")
                .getResultList();
        return rows.stream().map(r -> new PolicyVersion(((Number) r[0]).intValue(), Period.parse((String) r[1]),
                Period.parse((String) r[2]), SqlValues.instant(r[3]))).toList();
    }

}
