package tw.portfolio.archive.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.account.Account;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.PasswordHasher;
import tw.portfolio.archive.account.PseudonymKeys;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.config.ArchiveSettings;
import tw.portfolio.archive.error.ArchiveException.FieldError;

/**
 * Imports the school affairs system's student list (§4(1)1): every row is checked before anything
 * is stored, and a file with bad rows stores nothing and reports every bad row at once (422,
 * {@code errors: [{row, field, message}]}). A student already present with the same national ID
 * and the same fields is left as it is, so importing a file again changes nothing; one present
 * with other fields is a bad row (a correction is a PATCH with a reason). New students get a login
 * without a password: the registrar issues its one-time password ({@code password-reset}) when the
 * student comes for it, which keeps an import of thousands of students to seconds.
 */
@ApplicationScoped
public class StudentImport {
    /** Ids per IN list. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PseudonymKeys pseudonyms;
    @Inject
    StudentRegistry registry;
    @Inject
    @ConfigProperty(name = ArchiveSettings.STUDENT_IMPORT_MAX_ROWS, defaultValue = "" + ArchiveSettings.STUDENT_IMPORT_MAX_ROWS_DEFAULT)
    int maxRows;
    @Inject
    @ConfigProperty(name = ArchiveSettings.STUDENT_IMPORT_MAX_ERRORS, defaultValue = "" + ArchiveSettings.STUDENT_IMPORT_MAX_ERRORS_DEFAULT)
    int maxErrors;

    @Inject
    StudentEvents events;

    /** What an import did: rows read, students created, rows already present as they are. */
    public record Report(int rows, int created, int unchanged) {
    }

    /** Imports the decoded text of a student list (REGISTRAR); all or nothing. */
    @Transactional
    public Report importText(Actor actor, String text) {
        StudentRegistry.requireRegistrar(actor);
        List<FieldError> errors = new ArrayList<>();
        List<StudentCsv.Row> rows = StudentCsv.read(text, Integer.MAX_VALUE - 1, errors);
        if (rows.size() > maxRows) {
            throw new StudentRecordException("The file has " + rows.size() + " rows; at most " + maxRows
                    + " are imported at once (setting " + ArchiveSettings.STUDENT_IMPORT_MAX_ROWS + ")",
                    List.of(new FieldError("file", "has more than " + maxRows + " rows", 1)));
        }
        LocalDate today = registry.today();
        List<StudentRecord> records = new ArrayList<>(rows.size());
        List<Integer> lines = new ArrayList<>(rows.size());
        Map<String, Integer> nationalIdRow = new HashMap<>();
        Map<String, Integer> numberRow = new HashMap<>();
        for (StudentCsv.Row row : rows) {
            List<FieldError> rowErrors = new ArrayList<>();
            StudentRecord r = StudentRecordRule.evaluate(row.raw(), today, rowErrors);
            if (r != null) {
                Integer first = nationalIdRow.putIfAbsent(r.nationalId().value(), row.line());
                if (first != null) {
                    rowErrors.add(new FieldError("nationalId", "repeats row " + first));
                }
                Integer firstNumber = numberRow.putIfAbsent(StudentRegistry.usernameFor(r.studentNumber()), row.line());
                if (firstNumber != null) {
                    rowErrors.add(new FieldError("studentNumber", "repeats row " + firstNumber));
                }
            }
            rowErrors.forEach(e -> errors.add(e.inRow(row.line())));
            if (rowErrors.isEmpty()) {
                records.add(r);
                lines.add(row.line());
            }
        }
        Map<String, Student> byNationalId = existing("nationalId",
                records.stream().map(r -> r.nationalId().value()).toList());
        Map<String, Student> byNumber = existing("studentNumber", records.stream().map(StudentRecord::studentNumber).toList());
        Set<String> takenUsernames = takenUsernames(records.stream()
                .map(r -> StudentRegistry.usernameFor(r.studentNumber())).toList());
        List<StudentRecord> fresh = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < records.size(); i++) {
            StudentRecord r = records.get(i);
            int line = lines.get(i);
            Student same = byNationalId.get(r.nationalId().value());
            if (same != null) {
                if (same.record().asText().equals(r.asText())) {
                    unchanged++;
                } else {
                    errors.add(new FieldError("nationalId", "belongs to student " + same.studentNumber()
                            + ", whose record differs from this row: correct it with a PATCH and a reason", line));
                }
                continue;
            }
            if (byNumber.containsKey(r.studentNumber())) {
                errors.add(new FieldError("studentNumber", "belongs to another student", line));
            } else if (takenUsernames.contains(StudentRegistry.usernameFor(r.studentNumber()))) {
                errors.add(new FieldError("studentNumber", "its login " + StudentRegistry.usernameFor(r.studentNumber())
                        + " exists already", line));
            } else {
                fresh.add(r);
            }
        }
        if (!errors.isEmpty()) {
            int bad = (int) errors.stream().map(FieldError::row).distinct().count();
            List<FieldError> shown = errors.size() > maxErrors ? errors.subList(0, maxErrors) : errors;
            throw new StudentRecordException("The file has " + bad + " bad row(s) (" + errors.size() + " error(s)"
                    + (shown.size() < errors.size() ? ", the first " + shown.size() + " shown" : "")
                    + "); nothing was imported", shown);
        }
        String importId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        for (StudentRecord r : fresh) {
            Student s = Student.enrolled(r, null);
            em.persist(s);
            String username = StudentRegistry.usernameFor(r.studentNumber());
            Account a = new Account(username, PasswordHasher.NO_PASSWORD, r.name(), Set.of(Role.STUDENT), s.id(), now);
            a.requirePasswordChange();
            em.persist(a);
            Map<String, String> clear = new java.util.LinkedHashMap<>(r.asText());
            clear.put("username", username);
            events.record(s.id(), actor, "STUDENT_REGISTERED", Map.of("import", importId,
                    "account", "account:" + pseudonyms.ofAccount(username, s.id()),
                    "fields", String.join(",", StudentCsv.COLUMNS)), clear);
        }
        return new Report(rows.size(), fresh.size(), unchanged);
    }

    /** Every student (REGISTRAR), in class and number order, as CSV lines under the header. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void export(Actor actor, java.util.function.Consumer<String> out) {
        StudentRegistry.requireRegistrar(actor);
        out.accept(String.join(",", StudentCsv.COLUMNS) + "\r\n");
        em.createQuery("SELECT s FROM Student s ORDER BY s.className, s.studentNumber, s.id", Student.class)
                .getResultStream().filter(s -> s.birthDate() != null && s.seal().isEmpty())
                .forEach(s -> out.accept(StudentCsv.line(s.record())));
    }

    private Map<String, Student> existing(String field, List<String> values) {
        Map<String, Student> found = new HashMap<>();
        for (int from = 0; from < values.size(); from += BATCH) {
            em.createQuery("SELECT s FROM Student s WHERE s." + field + " IN :v", Student.class)
                    .setParameter("v", values.subList(from, Math.min(values.size(), from + BATCH)))
                    .getResultStream().forEach(s -> found.put(field.equals("nationalId") ? s.nationalId().value()
                            : s.studentNumber(), s));
        }
        return found;
    }

    private Set<String> takenUsernames(List<String> usernames) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < usernames.size(); from += BATCH) {
            taken.addAll(em.createQuery("SELECT a.username FROM Account a WHERE a.username IN :u", String.class)
                    .setParameter("u", usernames.subList(from, Math.min(usernames.size(), from + BATCH))).getResultList());
        }
        return taken;
    }

}
