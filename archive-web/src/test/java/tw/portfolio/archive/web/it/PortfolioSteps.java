package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The API steps {@link PortfolioIT} is written in: windows, courses, outcomes, certification,
 * selection and receipts, as the demo accounts do them. Each step asserts its own status.
 */
final class PortfolioSteps {
    static final String STUDENT1_NATIONAL_ID = "A223456781";

    private final ApiClient api;
    private final String student1;
    private final String sid1;
    private final String academic;
    private final String admin;

    PortfolioSteps(ApiClient api, String student1, String sid1, String academic, String admin) {
        this.api = api;
        this.student1 = student1;
        this.sid1 = sid1;
        this.academic = academic;
        this.admin = admin;
    }


    /** An academic year in which student1 has submitted nothing yet (tests share one database). */
    int freshYear() {
        for (int i = 0; i < 50; i++) {
            int year = ThreadLocalRandom.current().nextInt(20, 100);
            JsonObject s = ApiClient.json(api.get("api/v1/students/" + sid1 + "/selections/" + year, student1));
            if (!s.containsKey("submittedAt") || s.isNull("submittedAt")) {
                if (items(api.get("api/v1/windows?academicYear=" + year, admin)).isEmpty()) {
                    Instant now = Instant.now();
                    setWindow(year, 0, "DIVERSE_UPLOAD", now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
                    return year;
                }
            }
        }
        throw new IllegalStateException("no unused academic year left");
    }

    void openWindows(int year) {
        Instant now = Instant.now();
        Instant opens = now.minus(1, ChronoUnit.DAYS);
        Instant closes = now.plus(30, ChronoUnit.DAYS);
        for (String kind : List.of("OUTCOME_UPLOAD", "CERTIFICATION")) {
            setWindow(year, 1, kind, opens, closes);
            setWindow(year, 2, kind, opens, closes);
        }
        for (String kind : List.of("OUTCOME_SELECTION", "DIVERSE_UPLOAD", "DIVERSE_SELECTION", "RECEIPT_CONFIRMATION")) {
            setWindow(year, 0, kind, opens, closes);
        }
    }

    void setWindow(int year, int semester, String kind, Instant opens, Instant closes) {
        HttpResponse<byte[]> r = api.putJson("api/v1/windows/" + year + "/" + semester + "/" + kind, admin,
                "{\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    HttpResponse<byte[]> createCourse(int year, int semester, String subject, int credits, String teacher) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return api.postJson("api/v1/courses", academic, "{\"code\":\"" + code + "\",\"name\":\"" + subject
                + "課\",\"subject\":\"" + subject + "\",\"type\":\"NATIONAL_REQUIRED\",\"credits\":" + credits
                + ",\"academicYear\":" + year + ",\"semester\":" + semester + ",\"teacherUsernames\":[\"" + teacher + "\"]}");
    }

    String courseFor(int year, String subject, String teacher) {
        HttpResponse<byte[]> r = createCourse(year, 1, subject, 2, teacher);
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        String id = ApiClient.json(r).getString("id");
        enrol(id);
        return id;
    }

    void enrol(String courseId) {
        HttpResponse<byte[]> r = api.postJson("api/v1/courses/" + courseId + "/enrollments", academic,
                "{\"nationalIds\":[\"" + STUDENT1_NATIONAL_ID + "\"]}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    HttpResponse<byte[]> postCsv(String csv) {
        return api.send(HttpRequest.newBuilder(api.uri("api/v1/courses/imports"))
                .header("Authorization", "Bearer " + academic).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    String upload() {
        HttpResponse<byte[]> r = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf")), "report.pdf", "application/pdf");
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getString("id");
    }

    HttpResponse<byte[]> createOutcome(String courseId, String description, String artifactId) {
        return api.postJson("api/v1/students/" + sid1 + "/course-outcomes", student1, "{\"courseId\":\"" + courseId
                + "\",\"description\":\"" + description + "\",\"artifactIds\":[\"" + artifactId + "\"]}");
    }

    HttpResponse<byte[]> certify(String token, String outcomeId, String decision, String reason) {
        return api.postJson("api/v1/course-outcomes/" + outcomeId + "/certification", token,
                "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}");
    }

    HttpResponse<byte[]> select(int year, List<String> outcomeIds) {
        String ids = outcomeIds.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return api.putJson("api/v1/students/" + sid1 + "/selections/" + year, student1,
                "{\"courseOutcomeIds\":[" + ids + "],\"diversePerformanceIds\":[]}");
    }

    JsonObject selection(int year) {
        return ApiClient.json(api.get("api/v1/students/" + sid1 + "/selections/" + year, student1));
    }

    /** Ends both selection windows of the year a second ago and closes its submission (200, signing available). */
    void closeSubmission(int year) {
        Instant now = Instant.now();
        setWindow(year, 0, "OUTCOME_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        setWindow(year, 0, "DIVERSE_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        HttpResponse<byte[]> closed = api.postJson("api/v1/submissions/" + year, admin, "");
        assertEquals(200, closed.statusCode(), ApiClient.text(closed));
        assertTrue(ApiClient.json(closed).getBoolean("signingAvailable"));
    }

    JsonObject receiptOf(int year) {
        for (JsonValue v : items(api.get("api/v1/students/" + sid1 + "/receipts?size=100", student1))) {
            if (v.asJsonObject().getInt("academicYear") == year) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no receipt for academic year " + year);
    }

    static JsonArray items(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getJsonArray("items");
    }

    static JsonObject find(JsonArray items, String id) {
        for (JsonValue v : items) {
            if (v.asJsonObject().getString("id").equals(id)) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    static void assertStatus4xx(HttpResponse<byte[]> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + ApiClient.text(r));
        assertFalse(ApiClient.text(r).isEmpty());
    }
}
