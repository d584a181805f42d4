package tw.portfolio.archive.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;

/**
 * Enrollment changes (§7) as the registration section records and corrects them. Each change is
 * checked against the student's status ({@link EnrollmentLifecycle}); the student's status and
 * completion date (§6: sealing counts from it) are recomputed from every change that stands, and
 * a student who leaves keeps a login that only reads ({@link Role#ALUMNUS}). Every change and
 * correction is an event.
 */
@ApplicationScoped
public class EnrollmentChanges {
    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AccountService accounts;
    @Inject
    StudentRegistry registry;

    @Inject
    StudentEvents events;

    /** Records a change (REGISTRAR): 409 when it does not fit the student's status, 422 for a date in the future. */
    @Transactional
    public EnrollmentChangeView record(Actor actor, String studentId, String rawType, String rawDate,
            String rawSchoolCode, String rawReason) {
        StudentRegistry.requireRegistrar(actor);
        EnrollmentChangeType type = type(rawType);
        String reason = reason(rawReason);
        SchoolCode school = rawSchoolCode == null || rawSchoolCode.isBlank() ? null : SchoolCode.of(rawSchoolCode.strip());
        if (school == null && type.needsSchoolCode()) {
            throw InvalidInputException.field("schoolCode", "is required for " + type + " (the other school's code)");
        }
        Student s = lock(studentId);
        LocalDate date = date(rawDate, s);
        List<EnrollmentChange> standing = standing(studentId);
        if (!standing.isEmpty()) {
            LocalDate last = standing.get(standing.size() - 1).effectiveDate();
            if (date.isBefore(last)) {
                throw new ConflictException("effectiveDate " + date + " is before the student's last change on " + last
                        + "; correct that change instead");
            }
        }
        Student.Status after = EnrollmentLifecycle.next(s.status(), type);
        EnrollmentChange c = new EnrollmentChange(studentId, type, date, school, reason, after, clock.instant(),
                actor.username());
        em.persist(c);
        Map<String, String> log = new LinkedHashMap<>();
        log.put("enrollmentChange", c.id());
        log.put("type", type.name());
        settle(s, actor, log, Map.of("reason", reason, "effectiveDate", date.toString()),
                "ENROLLMENT_CHANGED", EnrollmentLifecycle.replay(steps(standing, c)));
        return EnrollmentChangeView.of(c);
    }

    /** A student's changes in order of date, revoked ones included (the registrar, academic affairs, the student). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrollmentChangeView> history(Actor actor, String studentId) {
        registry.get(actor, studentId);
        return em.createQuery("SELECT c FROM EnrollmentChange c WHERE c.studentId = :s ORDER BY c.effectiveDate, c.recordedAt",
                EnrollmentChange.class).setParameter("s", studentId).getResultStream().map(EnrollmentChangeView::of).toList();
    }

    /**
     * Corrects a change (REGISTRAR): moves it to {@code rawDate} or revokes it; the status and the
     * completion date are recomputed from the changes that stand, 409 when they no longer follow
     * each other.
     */
    @Transactional
    public EnrollmentChangeView correct(Actor actor, String studentId, String changeId, String rawDate, Boolean revoked,
            String rawReason) {
        StudentRegistry.requireRegistrar(actor);
        String reason = reason(rawReason);
        boolean revoke = Boolean.TRUE.equals(revoked);
        if (revoke == (rawDate != null)) {
            throw InvalidInputException.field("effectiveDate", "give either a new effectiveDate or revoked: true");
        }
        Student s = lock(studentId);
        EnrollmentChange c = changeId == null ? null : em.find(EnrollmentChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.studentId().equals(studentId)) {
            throw new NotFoundException("No enrollment change " + changeId + " of this student");
        }
        if (c.revoked()) {
            throw new ConflictException("The change is revoked already");
        }
        Map<String, String> clear = new LinkedHashMap<>();
        clear.put("reason", reason);
        if (revoke) {
            c.revoke();
        } else {
            LocalDate date = date(rawDate, s);
            clear.put("effectiveDate.old", c.effectiveDate().toString());
            clear.put("effectiveDate.new", date.toString());
            c.redate(date);
        }
        Map<String, String> log = new LinkedHashMap<>();
        log.put("enrollmentChange", c.id());
        log.put("type", c.type().name());
        log.put("correction", revoke ? "REVOKED" : "REDATED");
        settle(s, actor, log, clear, "ENROLLMENT_CHANGE_CORRECTED", EnrollmentLifecycle.replay(steps(standing(studentId), null)));
        return EnrollmentChangeView.of(c);
    }

    /** Applies the new standing, with the event; a leaver's login only reads, a returning one changes again. */
    private void settle(Student s, Actor actor, Map<String, String> log, Map<String, String> clear, String outcome,
            EnrollmentLifecycle.Standing standing) {
        boolean leftBefore = s.status().left();
        Map<String, String> detail = new LinkedHashMap<>(log);
        detail.put("statusBefore", s.status().name());
        detail.put("statusAfter", standing.status().name());
        detail.put("completedOnBefore", String.valueOf(s.completedOn()));
        detail.put("completedOnAfter", String.valueOf(standing.completedOn()));
        s.settle(standing.status(), standing.completedOn());
        events.record(s.id(), actor, outcome, detail, clear);
        if (leftBefore != standing.status().left()) {
            accounts.studentLeft(s.id(), standing.status().left());
        }
    }

    private List<EnrollmentChange> standing(String studentId) {
        em.flush();
        return em.createQuery("SELECT c FROM EnrollmentChange c WHERE c.studentId = :s AND c.revoked = FALSE "
                + "ORDER BY c.effectiveDate, c.recordedAt", EnrollmentChange.class).setParameter("s", studentId).getResultList();
    }

    private static List<EnrollmentLifecycle.Step> steps(List<EnrollmentChange> standing, EnrollmentChange added) {
        java.util.ArrayList<EnrollmentLifecycle.Step> steps = new java.util.ArrayList<>();
        standing.forEach(c -> steps.add(c.step()));
        if (added != null) {
            steps.add(added.step());
        }
        return steps;
    }

    private Student lock(String studentId) {
        Student s = studentId == null ? null : em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("No student " + studentId);
        }
        s.requireNotSealed();
        return s;
    }

    private static EnrollmentChangeType type(String raw) {
        try {
            return EnrollmentChangeType.valueOf(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("type", "must be one of " + java.util.Arrays.toString(EnrollmentChangeType.values()));
        }
    }

    private static String reason(String raw) {
        String why = raw == null ? "" : raw.strip();
        if (why.isEmpty() || why.length() > StudentRegistry.MAX_REASON) {
            throw InvalidInputException.field("reason", "is required, at most " + StudentRegistry.MAX_REASON + " characters");
        }
        return why;
    }

    /** The effective date: a date (400 otherwise), not in the future and not before entry (422, enrollment-change-date). */
    private LocalDate date(String raw, Student s) {
        LocalDate d;
        try {
            d = LocalDate.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("effectiveDate", "must be a date as 2026-08-01");
        }
        if (d.isAfter(registry.today())) {
            throw RuleViolationException.of("enrollment-change-date", "effectiveDate: " + d
                    + " is in the future; a change is recorded once it has happened");
        }
        if (s.enrolledOn() != null && d.isBefore(s.enrolledOn())) {
            throw RuleViolationException.of("enrollment-change-date", "effectiveDate: " + d
                    + " is before the student entered on " + s.enrolledOn());
        }
        return d;
    }
}
