package tw.portfolio.archive.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.Role;
import java.time.LocalDate;
import tw.portfolio.archive.student.EnrollmentChange;
import tw.portfolio.archive.student.EnrollmentChangeType;
import tw.portfolio.archive.student.EnrollmentLifecycle;
import tw.portfolio.archive.student.NationalId;
import tw.portfolio.archive.student.StudentRecord;
import tw.portfolio.archive.student.SchoolCode;
import tw.portfolio.archive.student.Student;

/**
 * Loads a school from a data file (the demo school ships as {@code demo/demo-school.json}). The
 * loader knows the file's shape, not its contents: the demo data is data.
 */
@ApplicationScoped
public class DemoSchoolLoader {
    static final String DEMO_RESOURCE = "demo/demo-school.json";

    @PersistenceContext(unitName = "archive")
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    DemoPortfolioLoader portfolio;
    @Inject
    java.time.Clock clock;

    @Transactional
    public int load(String resource) {
        JsonObject school = read(resource);
        String password = school.getString("password");
        Map<String, String> studentIds = new HashMap<>();
        for (JsonValue v : school.getJsonArray("students")) {
            JsonObject s = v.asJsonObject();
            SchoolCode code = s.containsKey("schoolCode") ? SchoolCode.of(s.getString("schoolCode")) : null;
            Student student = s.containsKey("birthDate")
                    ? Student.enrolled(new StudentRecord(NationalId.of(s.getString("nationalId")), s.getString("studentNumber"),
                            s.getString("name"), LocalDate.parse(s.getString("birthDate")), s.getString("className"),
                            s.getInt("grade"), LocalDate.parse(s.getString("enrolledOn"))), code)
                    : new Student(NationalId.of(s.getString("nationalId")), s.getString("name"),
                            s.getString("studentNumber", null), s.getString("className", null), code);
            student.setEmail(s.getString("email", null));
            em.persist(student);
            if (s.containsKey("graduatedOn")) {
                graduate(student, LocalDate.parse(s.getString("graduatedOn")));
            }
            studentIds.put(s.getString("key"), student.id());
        }
        int count = 0;
        Map<String, String> usernames = new HashMap<>();
        for (JsonValue v : school.getJsonArray("accounts")) {
            JsonObject a = v.asJsonObject();
            Set<Role> roles = EnumSet.noneOf(Role.class);
            a.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(r -> roles.add(Role.valueOf(r.getString())));
            String studentId = a.containsKey("student") ? studentIds.get(a.getString("student")) : null;
            if (studentId != null) {
                usernames.put(a.getString("student"), a.getString("username"));
            }
            accounts.create(a.getString("username"), password, a.getString("displayName", null), roles, studentId,
                    a.getBoolean("mustChangePassword", false));
            count++;
        }
        em.flush();
        if (school.containsKey("portfolio")) {
            portfolio.load(school.getJsonObject("portfolio"), studentIds, usernames);
        }
        return count;
    }

    /** A student who graduated before the archive was used: the change, as the registrar would record it. */
    private void graduate(Student student, LocalDate on) {
        Student.Status after = EnrollmentLifecycle.next(student.status(), EnrollmentChangeType.GRADUATE);
        em.persist(new EnrollmentChange(student.id(), EnrollmentChangeType.GRADUATE, on, null, "畢業（示範資料）", after,
                clock.instant(), "system"));
        student.settle(after, on);
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoSchoolLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource);
            }
            try (JsonReader r = Json.createReader(in)) {
                return r.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
