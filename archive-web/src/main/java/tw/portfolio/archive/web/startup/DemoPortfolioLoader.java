package tw.portfolio.archive.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tw.portfolio.archive.account.Actor;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.artifact.ArtifactService;
import tw.portfolio.archive.calendar.Semester;
import tw.portfolio.archive.portfolio.SchoolCalendar;
import tw.portfolio.archive.portfolio.course.CourseDraft;
import tw.portfolio.archive.portfolio.course.CourseType;
import tw.portfolio.archive.portfolio.diverse.DiverseDraft;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceCategory;
import tw.portfolio.archive.portfolio.infrastructure.PortfolioServices;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;

/**
 * Loads the {@code portfolio} section of a school data file through the domain services, as the
 * people in it would: windows (relative to now, in the current academic year and semester),
 * courses and enrollments, outcomes (their files are small PDFs made from the file's text and
 * ingested into OCFL like any upload), certifications and diverse performance. Data stays data.
 */
@ApplicationScoped
public class DemoPortfolioLoader {
    @Inject
    PortfolioServices services;
    @Inject
    ArtifactService artifacts;
    @Inject
    Clock clock;

    /** Runs inside the caller's transaction; {@code students} maps the file's student keys to ids. */
    public void load(JsonObject portfolio, Map<String, String> students, Map<String, String> usernames) {
        Semester semester = Semester.containing(SchoolCalendar.today(clock));
        Actor admin = Actor.staff(portfolio.getString("admin"), Role.ACADEMIC_ADMIN);
        Actor section = Actor.staff(portfolio.getString("section"), Role.ACADEMIC_SECTION);
        Instant now = clock.instant();
        for (JsonValue v : portfolio.getJsonArray("windows")) {
            JsonObject w = v.asJsonObject();
            WindowKind kind = WindowKind.valueOf(w.getString("kind"));
            WindowPeriod period = kind.perSemester() ? WindowPeriod.of(kind, semester)
                    : WindowPeriod.of(kind, semester.academicYear());
            services.windows().set(admin, period, now.minus(Duration.ofDays(w.getInt("opensDaysAgo"))),
                    now.plus(Duration.ofDays(w.getInt("closesInDays"))));
        }
        Map<String, String> courses = new HashMap<>();
        for (JsonValue v : portfolio.getJsonArray("courses")) {
            JsonObject c = v.asJsonObject();
            String id = services.courses().create(section, new CourseDraft(semester, c.getString("code"),
                    c.getString("name"), c.getString("subject"), CourseType.valueOf(c.getString("type")),
                    c.getInt("credits"), strings(c, "teachers"))).id();
            courses.put(c.getString("key"), id);
            List<String> enrolled = strings(c, "students").stream().map(students::get).toList();
            if (!enrolled.isEmpty()) {
                services.courses().enroll(section, id, enrolled);
            }
        }
        for (JsonValue v : portfolio.getJsonArray("outcomes")) {
            JsonObject o = v.asJsonObject();
            String sid = students.get(o.getString("student"));
            Actor student = Actor.student(usernames.get(o.getString("student")), sid);
            String file = ingest(student, sid, o.getJsonObject("file"));
            String id = services.outcomes().create(student, sid, courses.get(o.getString("course")),
                    o.getString("description"), List.of(file)).id();
            if (o.containsKey("certification")) {
                JsonObject c = o.getJsonObject("certification");
                services.outcomes().certify(Actor.staff(c.getString("by"), Role.SUBJECT_TEACHER), id,
                        CertificationDecision.valueOf(c.getString("decision")), c.getString("reason", null));
            }
        }
        for (JsonValue v : portfolio.containsKey("archivedFiles")
                ? portfolio.getJsonArray("archivedFiles") : JsonValue.EMPTY_JSON_ARRAY) {
            JsonObject f = v.asJsonObject();
            String sid = students.get(f.getString("student"));
            ingest(Actor.student(usernames.get(f.getString("student")), sid), sid, f);
        }
        for (JsonValue v : portfolio.getJsonArray("diversePerformances")) {
            JsonObject d = v.asJsonObject();
            String sid = students.get(d.getString("student"));
            Actor student = Actor.student(usernames.get(d.getString("student")), sid);
            services.diverse().create(student, sid, new DiverseDraft(
                    DiversePerformanceCategory.valueOf(d.getString("category")), d.getString("name"),
                    d.getString("content"), d.getString("award", null),
                    d.containsKey("hours") ? d.getInt("hours") : null,
                    d.containsKey("startDate") ? LocalDate.parse(d.getString("startDate")) : null,
                    d.containsKey("endDate") ? LocalDate.parse(d.getString("endDate")) : null, List.of()));
        }
    }

    private String ingest(Actor student, String studentId, JsonObject file) {
        byte[] pdf = pdf(file.getString("text"));
        return artifacts.ingest(student, new ArtifactService.UploadRequest(studentId, file.getString("name"),
                file.getString("title", null), null), new ByteArrayInputStream(pdf)).id();
    }

    /** A one-page PDF showing {@code text} (ASCII, in a standard font: no font file needed). */
    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                s.newLineAtOffset(72, 700);
                s.showText(text);
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList() : List.of();
    }
}
