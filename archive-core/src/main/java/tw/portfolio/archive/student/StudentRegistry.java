package tw.portfolio.archive.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.OneTimePasswords;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.paging.PageRequest;

/**
 * The registration section's student records (§4(1)1): registering a student (with a login whose
 * one-time password is shown once), finding students, and correcting a record with a reason. Every
 * change is an event ({@link StudentEvents}).
 */
@ApplicationScoped
public class StudentRegistry {
    /** The school's time zone: what "today" and "in the future" mean for dates. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Taipei");
    static final int MAX_QUERY = 50;
    static final int MAX_REASON = 500;
    private static final Role[] READERS = {Role.REGISTRAR, Role.ACADEMIC_ADMIN, Role.ACADEMIC_SECTION};

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AccountService accounts;

    @Inject
    StudentEvents events;

    /** A registered student and their login: the one-time password is shown this once. */
    public record Registration(StudentView student, String username, String oneTimePassword) {
    }

    /** One page of students and how many match in all. */
    public record Page(List<StudentView> items, long total) {
    }

    /** The username of a student's login: {@code s} and the student number in lower case. */
    public static String usernameFor(String studentNumber) {
        return "s" + studentNumber.toLowerCase(Locale.ROOT);
    }

    /** Today in the school's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SCHOOL_ZONE));
    }

    /** Registers a student (REGISTRAR): 422 for a record the rules refuse, 409 for a taken national ID or number. */
    @Transactional
    public Registration register(Actor actor, StudentRecordRule.Raw raw) {
        requireRegistrar(actor);
        StudentRecord r = StudentRecordRule.check(raw, today());
        String username = usernameFor(r.studentNumber());
        requireFree(r, null);
        if (accounts.find(username).isPresent()) {
            throw new ConflictException("The login " + username + " exists already");
        }
        Student s = Student.enrolled(r, null);
        em.persist(s);
        String oneTime = OneTimePasswords.generate(username);
        accounts.create(username, oneTime, r.name(), Set.of(Role.STUDENT), s.id(), true);
        Map<String, String> clear = new LinkedHashMap<>(r.asText());
        events.record(s.id(), actor, "STUDENT_REGISTERED", Map.of("fields", String.join(",", clear.keySet())), clear);
        return new Registration(StudentView.of(s), username, oneTime);
    }

    /** Staff who need it find students by national ID, student number or name prefix, status and class. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page search(Actor actor, String q, String status, String className, PageRequest page) {
        if (!actor.hasAny(READERS)) {
            throw new ForbiddenException("Only the registration section, academic affairs and the teaching section list students");
        }
        StringBuilder where = new StringBuilder(" WHERE s.sealedOn IS NULL"); // sealed students are gone from staff lists (§6)
        Map<String, Object> params = new LinkedHashMap<>();
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            throw InvalidInputException.field("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (!query.isEmpty()) {
            if (NationalId.isValid(query.toUpperCase(Locale.ROOT))) {
                where.append(" AND s.nationalId = :nid");
                params.put("nid", query.toUpperCase(Locale.ROOT));
            } else {
                where.append(" AND (s.studentNumber = :number OR s.name LIKE :prefix ESCAPE '\\')");
                params.put("number", query);
                params.put("prefix", query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND s.status = :status");
            params.put("status", parseStatus(status));
        }
        if (className != null && !className.isBlank()) {
            where.append(" AND s.className = :className");
            params.put("className", className.strip());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM Student s" + where, Long.class);
        TypedQuery<Student> rows = em.createQuery("SELECT s FROM Student s" + where
                + " ORDER BY s.className, s.studentNumber, s.id", Student.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<StudentView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(StudentView::of).toList();
        return new Page(items, count.getSingleResult());
    }

    /** One student: for staff who need it and for the student themself; anyone else is told it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StudentView get(Actor actor, String studentId) {
        Student s = studentId == null ? null : em.find(Student.class, studentId);
        if (s == null || !(actor.isStudent(studentId) || actor.hasAny(READERS))) {
            throw new NotFoundException("No student " + studentId);
        }
        requireReadable(actor, s);
        return StudentView.of(s);
    }

    /**
     * Corrects a student's record (REGISTRAR), with a reason: the fields given in {@code changes}
     * replace the record's, the whole record is checked again, and the change is an event with the
     * old and new values in clear in the audit trail only. Nothing changed, nothing recorded.
     */
    @Transactional
    public StudentView correct(Actor actor, String studentId, StudentRecordRule.Raw changes, String reason) {
        requireRegistrar(actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidInputException.field("reason", "is required, at most " + MAX_REASON + " characters");
        }
        Student s = studentId == null ? null : em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("No student " + studentId);
        }
        s.requireNotSealed();
        StudentRecord before = s.record();
        Map<String, String> old = before.asText();
        StudentRecord after = StudentRecordRule.check(new StudentRecordRule.Raw(
                or(changes.nationalId(), old.get("nationalId")), or(changes.studentNumber(), old.get("studentNumber")),
                or(changes.name(), old.get("name")), or(changes.birthDate(), old.get("birthDate")),
                or(changes.className(), old.get("className")), or(changes.grade(), old.get("grade")),
                or(changes.enrolledOn(), old.get("enrolledOn"))), today());
        Map<String, String> next = after.asText();
        List<String> changed = new ArrayList<>();
        Map<String, String> clear = new LinkedHashMap<>();
        for (String field : next.keySet()) {
            if (!next.get(field).equals(old.get(field))) {
                changed.add(field);
                clear.put(field + ".old", old.get(field));
                clear.put(field + ".new", next.get(field));
            }
        }
        if (changed.isEmpty()) {
            return StudentView.of(s);
        }
        requireFree(after, s.id());
        s.correct(after);
        clear.put("reason", why);
        events.record(s.id(), actor, "STUDENT_CORRECTED", Map.of("fields", String.join(",", changed)), clear);
        return StudentView.of(s);
    }

    /** One change of a student's record as the audit trail holds it: values and reason in clear. */
    public record RecordChange(java.time.Instant at, String actor, String actorRole, String outcome, String detail) {
    }

    /** The changes of a student's record, newest first (REGISTRAR): the audit trail, where values are in clear. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordChange> history(Actor actor, String studentId) {
        requireRegistrar(actor);
        Student s = studentId == null ? null : em.find(Student.class, studentId);
        if (s == null) {
            throw new NotFoundException("No student " + studentId);
        }
        requireReadable(actor, s);
        return em.createQuery("SELECT e FROM AuditTrailEntry e WHERE e.objectId = :o ORDER BY e.id DESC",
                        tw.portfolio.archive.event.AuditTrailEntry.class)
                .setParameter("o", "student:" + studentId).setMaxResults(500).getResultStream()
                .map(e -> new RecordChange(e.occurredAt(), e.actor(), e.actorRole(), e.outcome(), e.detail())).toList();
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }

    /** 409 when another student has the national ID or student number of {@code r}. */
    /**
     * A sealed student's basic data is personal data too (§6): once sealed, only the student reads it;
     * staff get 403 naming the seal date, and the student list leaves them out.
     */
    private static void requireReadable(Actor actor, Student s) {
        if (!actor.isStudent(s.id()) && s.seal().isPresent()) {
            throw new tw.portfolio.archive.access.SealedRecordException(s.seal().get());
        }
    }

    void requireFree(StudentRecord r, String exceptId) {
        List<Student> others = em.createQuery("SELECT s FROM Student s WHERE s.nationalId = :n OR s.studentNumber = :num",
                Student.class).setParameter("n", r.nationalId().value()).setParameter("num", r.studentNumber())
                .getResultList();
        for (Student o : others) {
            if (o.id().equals(exceptId)) {
                continue;
            }
            if (o.nationalId().value().equals(r.nationalId().value())) {
                throw new ConflictException("nationalId: another student has the national ID " + r.nationalId().masked());
            }
            throw new ConflictException("studentNumber: another student has the student number " + r.studentNumber());
        }
    }

    static Student.Status parseStatus(String raw) {
        try {
            return Student.Status.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "must be one of " + java.util.Arrays.toString(Student.Status.values()));
        }
    }

    static void requireRegistrar(Actor actor) {
        if (!actor.has(Role.REGISTRAR)) {
            throw new ForbiddenException("Only the registration section enters student records");
        }
    }
}
