package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4 through the API on a real Payara Micro: courses, outcomes and certification (with the
 * substitute rule), windows, selection limits, submission and the receipt's dispute loop. Every
 * test makes its own courses with unique codes, and its own academic year where it changes
 * windows or submits, so tests do not depend on order or on other test classes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioIT {
    private static final String STUDENT1_NATIONAL_ID = "A223456781";

    @ArquillianResource
    URL base;

    private ApiClient api;
    private String student1;
    private String sid1;
    private String teacher1;
    private String teacher2;
    private String academic;
    private String admin;
    private String registrar;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @BeforeEach
    void logIn() {
        api = new ApiClient(base);
        student1 = api.demoToken("student1");
        sid1 = ApiClient.json(api.get("api/v1/me", student1)).getString("studentId");
        teacher1 = api.demoToken("teacher1");
        teacher2 = api.demoToken("teacher2");
        academic = api.demoToken("academic1");
        admin = api.demoToken("admin1");
        registrar = api.demoToken("registrar1");
    }

    @Test
    void section4_2_1_theTeachingSectionEntersACourseAndTheStudentSeesIt() {
        int year = freshYear();
        HttpResponse<byte[]> created = createCourse(year, 1, "數學", 4, "teacher1");
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        JsonObject course = ApiClient.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/courses/" + course.getString("id")));
        enrol(course.getString("id"));

        JsonArray mine = items(api.get("api/v1/students/" + sid1 + "/courses?academicYear=" + year + "&semester=1", student1));
        JsonObject listed = find(mine, course.getString("id"));
        assertEquals(course.getString("code"), listed.getString("code"));
        assertEquals("數學", listed.getString("subject"));
        assertEquals("NATIONAL_REQUIRED", listed.getString("type"));
        assertEquals(4, listed.getInt("credits"));
        assertEquals("teacher1", listed.getJsonArray("teachers").getString(0));

        JsonArray all = items(api.get("api/v1/courses?academicYear=" + year + "&semester=1", academic));
        assertNotNull(find(all, course.getString("id")));
        assertEquals(403, api.get("api/v1/courses?academicYear=" + year + "&semester=1", student1).statusCode());
    }

    @Test
    void section4_2_1_aCsvWithABadRowIsRefusedRowByRowAndImportsNothing() {
        int year = freshYear();
        String code = "C" + UUID.randomUUID().toString().substring(0, 8);
        String header = "academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId\n";
        String bad = header + year + ",1," + code + ",物理,物理,部定必修,2,teacher1," + STUDENT1_NATIONAL_ID + "\n"
                + year + ",1," + code + ",物理,物理,部定必修,2,teacher1,A123456788\n"
                + year + ",3," + code + "X,化學,化學,選修,x,teacher1," + STUDENT1_NATIONAL_ID + "\n";
        HttpResponse<byte[]> refused = postCsv(bad);
        assertEquals(400, refused.statusCode(), ApiClient.text(refused));
        JsonObject problem = ApiClient.json(refused);
        assertTrue(problem.getString("type").endsWith("/invalid-input"), problem.toString());
        assertTrue(problem.getJsonArray("errors").size() >= 2, problem.toString());
        assertTrue(problem.getJsonArray("errors").toString().contains("rows[3]"), problem.toString());
        assertEquals(0, items(api.get("api/v1/courses?academicYear=" + year + "&semester=1", academic)).size());

        String good = header + year + ",1," + code + ",物理,物理,部定必修,2,teacher1," + STUDENT1_NATIONAL_ID + "\n";
        HttpResponse<byte[]> imported = postCsv(good);
        assertEquals(200, imported.statusCode(), ApiClient.text(imported));
        assertEquals(1, ApiClient.json(imported).getInt("imported"));
        JsonArray mine = items(api.get("api/v1/students/" + sid1 + "/courses?academicYear=" + year + "&semester=1", student1));
        assertEquals(code, mine.getJsonObject(0).getString("code"));
    }

    @Test
    void section4_3_anOutcomeIsCreatedCertifiedFromTheQueueAndReadBack() {
        int year = freshYear();
        openWindows(year);
        String courseId = courseFor(year, "國文", "teacher1");
        HttpResponse<byte[]> created = createOutcome(courseId, "我的期末報告", upload());
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        JsonObject o = ApiClient.json(created);
        assertEquals("PENDING_CERTIFICATION", o.getString("state"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/course-outcomes/" + o.getString("id")));

        JsonArray queue = items(api.get("api/v1/teachers/teacher1/certification-queue?size=100", teacher1));
        JsonObject queued = find(queue, o.getString("id"));
        assertEquals("陳怡君", queued.getString("studentName"));
        String file = queued.getJsonArray("artifactIds").getString(0);
        assertEquals(200, api.get("api/v1/course-outcomes/" + o.getString("id") + "/files/" + file, teacher1).statusCode());
        assertEquals(403, api.get("api/v1/teachers/teacher2/certification-queue", teacher1).statusCode());

        HttpResponse<byte[]> certified = certify(teacher1, o.getString("id"), "CERTIFIED", "");
        assertEquals(200, certified.statusCode(), ApiClient.text(certified));
        JsonObject back = ApiClient.json(api.get("api/v1/course-outcomes/" + o.getString("id"), student1));
        assertEquals("CERTIFIED", back.getString("state"));
        assertEquals("teacher1", back.getJsonObject("certification").getString("certifiedBy"));
    }

    @Test
    void section4_3_badOutcomesAreRefusedWithAClear4xxAndNothingChanges() {
        int year = freshYear();
        openWindows(year);
        String courseId = courseFor(year, "英文", "teacher1");
        String notTaken = ApiClient.json(createCourse(year, 1, "英文", 2, "teacher1")).getString("id");
        String file = upload();
        String student2Token = api.demoToken("student2");
        String sid2 = ApiClient.json(api.get("api/v1/me", student2Token)).getString("studentId");
        String foreign = ApiClient.json(api.postMultipart("api/v1/students/" + sid2 + "/artifacts", student2Token,
                ApiClient.parts("file", fixture()), "other.pdf", "application/pdf")).getString("id");

        assertEquals(404, createOutcome("no-such-course", "報告", file).statusCode());
        assertStatus4xx(createOutcome(notTaken, "報告", file));
        HttpResponse<byte[]> tooLong = createOutcome(courseId, "字".repeat(101), file);
        assertEquals(400, tooLong.statusCode(), ApiClient.text(tooLong));
        assertTrue(ApiClient.text(tooLong).contains("description"));
        assertEquals(404, createOutcome(courseId, "報告", foreign).statusCode());
        assertEquals(400, api.postJson("api/v1/students/" + sid1 + "/course-outcomes", student1, "{not json").statusCode());
        assertEquals(0, items(api.get("api/v1/students/" + sid1 + "/course-outcomes?academicYear=" + year + "&size=100",
                student1)).size());
        assertEquals(201, createOutcome(courseId, "字".repeat(100), file).statusCode());
    }

    @Test
    void section4_windowsRefuseAnUploadOutsideTheWindowNamingIt() {
        int year = freshYear();
        Instant now = Instant.now();
        setWindow(year, 1, "OUTCOME_UPLOAD", now.minus(20, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS));
        String courseId = courseFor(year, "歷史", "teacher1");
        HttpResponse<byte[]> refused = createOutcome(courseId, "報告", upload());
        assertEquals(422, refused.statusCode(), ApiClient.text(refused));
        JsonObject problem = ApiClient.json(refused);
        assertTrue(problem.getString("type").endsWith("/window-closed"), problem.toString());
        assertTrue(problem.getString("detail").contains("OUTCOME_UPLOAD " + year + "-1"), problem.toString());
        assertEquals(0, items(api.get("api/v1/students/" + sid1 + "/course-outcomes?academicYear=" + year, student1)).size());
    }

    @Test
    void section9_2_2_aSameSubjectTeacherCertifiesOnlyWhileTheCourseTeacherIsUnavailable() {
        int year = freshYear();
        openWindows(year);
        String subject = "地理" + UUID.randomUUID().toString().substring(0, 6);
        String course = courseFor(year, subject, "teacher1");
        createCourse(year, 1, subject, 2, "teacher2");
        String otherSubject = courseFor(year, "其他" + UUID.randomUUID().toString().substring(0, 6), "teacher1");
        String outcome = ApiClient.json(createOutcome(course, "地理報告", upload())).getString("id");
        String other = ApiClient.json(createOutcome(otherSubject, "其他報告", upload())).getString("id");

        assertEquals(403, certify(teacher2, outcome, "CERTIFIED", "").statusCode());
        try {
            assertEquals(200, api.putJson("api/v1/teachers/teacher1/availability", admin,
                    "{\"available\":false,\"reason\":\"產假\"}").statusCode());
            assertEquals(403, api.putJson("api/v1/teachers/teacher1/availability", teacher2,
                    "{\"available\":true}").statusCode());
            assertNotNull(find(items(api.get("api/v1/teachers/teacher2/certification-queue?size=100", teacher2)), outcome));
            assertEquals(403, certify(teacher2, other, "CERTIFIED", "").statusCode());
            HttpResponse<byte[]> done = certify(teacher2, outcome, "CERTIFIED", "");
            assertEquals(200, done.statusCode(), ApiClient.text(done));
            JsonObject c = ApiClient.json(done).getJsonObject("certification");
            assertEquals("teacher2", c.getString("certifiedBy"));
            assertEquals("teacher1", c.getString("onBehalfOf"));
        } finally {
            api.putJson("api/v1/teachers/teacher1/availability", admin, "{\"available\":true}");
        }
        assertEquals("PENDING_CERTIFICATION", ApiClient.json(api.get("api/v1/course-outcomes/" + other, student1)).getString("state"));
    }

    @Test
    void section4_3_aRejectedOutcomeIsNotSelectableUntilANewVersionIsCertified() {
        int year = freshYear();
        openWindows(year);
        String course = courseFor(year, "生物", "teacher1");
        String outcome = ApiClient.json(createOutcome(course, "實驗報告", upload())).getString("id");
        assertEquals(200, certify(teacher1, outcome, "REJECTED", "不是本人作品").statusCode());
        HttpResponse<byte[]> refused = select(year, List.of(outcome));
        assertEquals(422, refused.statusCode(), ApiClient.text(refused));
        assertTrue(ApiClient.json(refused).getString("type").endsWith("/selection-requires-certified"));
        assertEquals(0, selection(year).getJsonArray("courseOutcomeIds").size());

        HttpResponse<byte[]> version = api.postJson("api/v1/course-outcomes/" + outcome + "/versions", student1,
                "{\"description\":\"重新上傳的實驗報告\",\"artifactIds\":[\"" + upload() + "\"]}");
        assertEquals(200, version.statusCode(), ApiClient.text(version));
        assertEquals("PENDING_CERTIFICATION", ApiClient.json(version).getString("state"));
        assertEquals(200, certify(teacher1, outcome, "CERTIFIED", "").statusCode());
        assertEquals(200, select(year, List.of(outcome)).statusCode());
    }

    @Test
    void section4_3_atMostSixOutcomesAreSelectedPerYearEvenFromTwoTabsAtOnce() throws Exception {
        int year = freshYear();
        openWindows(year);
        String course = courseFor(year, "資訊", "teacher1");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = ApiClient.json(createOutcome(course, "作品 " + i, upload())).getString("id");
            assertEquals(200, certify(teacher1, id, "CERTIFIED", "").statusCode());
            outcomes.add(id);
        }
        assertEquals(200, select(year, outcomes.subList(0, 6)).statusCode());
        HttpResponse<byte[]> seven = select(year, outcomes.subList(0, 7));
        assertEquals(422, seven.statusCode(), ApiClient.text(seven));
        assertTrue(ApiClient.json(seven).getString("type").endsWith("/selection-limit-outcomes"));
        assertEquals(6, selection(year).getJsonArray("courseOutcomeIds").size());

        JsonObject limits = ApiClient.json(api.get("api/v1/settings/limits", student1));
        assertEquals(6, limits.getInt("outcomeSelectionPerYear"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> tabA = () -> select(year, outcomes.subList(0, 6)).statusCode();
            Callable<Integer> tabB = () -> select(year, outcomes.subList(2, 8)).statusCode();
            for (int round = 0; round < 5; round++) {
                Future<Integer> a = pool.submit(tabA);
                Future<Integer> b = pool.submit(tabB);
                assertEquals(200, a.get());
                assertEquals(200, b.get());
                List<String> now = selection(year).getJsonArray("courseOutcomeIds").getValuesAs(JsonValue.class)
                        .stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
                assertTrue(now.equals(outcomes.subList(0, 6)) || now.equals(outcomes.subList(2, 8)), now.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void receiptRule_aDisputedItemIsCorrectedResubmittedAndConfirmedOnPaper() {
        int year = freshYear();
        openWindows(year);
        String course = courseFor(year, "音樂", "teacher1");
        String first = ApiClient.json(createOutcome(course, "合唱錄音說明", upload())).getString("id");
        String second = ApiClient.json(createOutcome(course, "樂理報告", upload())).getString("id");
        certify(teacher1, first, "CERTIFIED", "");
        certify(teacher1, second, "CERTIFIED", "");
        assertEquals(200, select(year, List.of(first, second)).statusCode());

        assertEquals(422, api.postJson("api/v1/submissions/" + year, admin, "").statusCode());
        Instant now = Instant.now();
        setWindow(year, 0, "OUTCOME_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        setWindow(year, 0, "DIVERSE_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        HttpResponse<byte[]> closed = api.postJson("api/v1/submissions/" + year, admin, "");
        assertEquals(200, closed.statusCode(), ApiClient.text(closed));
        assertTrue(ApiClient.json(closed).getBoolean("signingAvailable"));
        assertEquals(409, select(year, List.of(first)).statusCode());

        JsonObject receipt = receiptOf(year);
        assertEquals("UNCONFIRMED", receipt.getString("state"));
        assertEquals(2, receipt.getJsonArray("items").size());
        assertEquals(64, receipt.getJsonArray("items").getJsonObject(0).getJsonArray("files").getJsonObject(0)
                .getString("sha256").length());
        HttpResponse<byte[]> pdf = api.get("api/v1/receipts/" + receipt.getString("id") + "/pdf", student1);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(ApiClient.text(api.get("api/v1/receipts/" + receipt.getString("id") + "/statement", student1))
                .contains("\"signature\""));
        assertEquals(404, api.get("api/v1/receipts/" + receipt.getString("id"), api.demoToken("student2")).statusCode());

        HttpResponse<byte[]> disputed = api.postJson("api/v1/receipts/" + receipt.getString("id") + "/confirmation",
                student1, "{\"decision\":\"DISPUTED\",\"reason\":\"說明寫錯了\",\"itemId\":\"" + first + "\"}");
        assertEquals(200, disputed.statusCode(), ApiClient.text(disputed));
        assertEquals("DISPUTED", ApiClient.json(disputed).getString("state"));
        assertNotNull(find(items(api.get("api/v1/receipts?academicYear=" + year + "&state=UNCONFIRMED", registrar)),
                receipt.getString("id")));

        HttpResponse<byte[]> corrected = api.putJson("api/v1/course-outcomes/" + first + "/correction", registrar,
                "{\"description\":\"合唱錄音說明（更正）\",\"artifactIds\":" + ApiClient.json(api.get(
                        "api/v1/course-outcomes/" + first, student1)).getJsonArray("artifactIds") + "}");
        assertEquals(200, corrected.statusCode(), ApiClient.text(corrected));
        JsonObject renewed = receiptOf(year);
        assertNotEquals(receipt.getString("id"), renewed.getString("id"));
        assertEquals("UNCONFIRMED", renewed.getString("state"));
        assertEquals("SUPERSEDED", ApiClient.json(api.get("api/v1/receipts/" + receipt.getString("id"), student1))
                .getString("state"));

        assertEquals(200, api.get("api/v1/receipts/" + renewed.getString("id") + "/letter", registrar).statusCode());
        HttpResponse<byte[]> mail = api.postJson("api/v1/receipts/" + renewed.getString("id") + "/email", registrar, "{}");
        assertEquals(503, mail.statusCode(), ApiClient.text(mail));
        assertTrue(ApiClient.json(mail).getString("type").endsWith("/mail-unavailable"));

        HttpResponse<byte[]> paper = api.postJson("api/v1/receipts/" + renewed.getString("id") + "/confirmation",
                registrar, "{\"decision\":\"CONFIRMED\",\"channel\":\"PAPER\"}");
        assertEquals(200, paper.statusCode(), ApiClient.text(paper));
        assertEquals("CONFIRMED", ApiClient.json(paper).getString("state"));
        assertTrue(items(api.get("api/v1/receipts?academicYear=" + year + "&state=UNCONFIRMED", registrar)).isEmpty());
    }

    // ---- helpers ----

    /** An academic year in which student1 has submitted nothing yet (tests share one database). */
    private int freshYear() {
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

    private void openWindows(int year) {
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

    private void setWindow(int year, int semester, String kind, Instant opens, Instant closes) {
        HttpResponse<byte[]> r = api.putJson("api/v1/windows/" + year + "/" + semester + "/" + kind, admin,
                "{\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    private HttpResponse<byte[]> createCourse(int year, int semester, String subject, int credits, String teacher) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return api.postJson("api/v1/courses", academic, "{\"code\":\"" + code + "\",\"name\":\"" + subject
                + "課\",\"subject\":\"" + subject + "\",\"type\":\"NATIONAL_REQUIRED\",\"credits\":" + credits
                + ",\"academicYear\":" + year + ",\"semester\":" + semester + ",\"teacherUsernames\":[\"" + teacher + "\"]}");
    }

    private String courseFor(int year, String subject, String teacher) {
        HttpResponse<byte[]> r = createCourse(year, 1, subject, 2, teacher);
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        String id = ApiClient.json(r).getString("id");
        enrol(id);
        return id;
    }

    private void enrol(String courseId) {
        HttpResponse<byte[]> r = api.postJson("api/v1/courses/" + courseId + "/enrollments", academic,
                "{\"nationalIds\":[\"" + STUDENT1_NATIONAL_ID + "\"]}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    private HttpResponse<byte[]> postCsv(String csv) {
        return api.send(HttpRequest.newBuilder(api.uri("api/v1/courses/imports"))
                .header("Authorization", "Bearer " + academic).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private String upload() {
        HttpResponse<byte[]> r = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", fixture()), "report.pdf", "application/pdf");
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getString("id");
    }

    private HttpResponse<byte[]> createOutcome(String courseId, String description, String artifactId) {
        return api.postJson("api/v1/students/" + sid1 + "/course-outcomes", student1, "{\"courseId\":\"" + courseId
                + "\",\"description\":\"" + description + "\",\"artifactIds\":[\"" + artifactId + "\"]}");
    }

    private HttpResponse<byte[]> certify(String token, String outcomeId, String decision, String reason) {
        return api.postJson("api/v1/course-outcomes/" + outcomeId + "/certification", token,
                "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}");
    }

    private HttpResponse<byte[]> select(int year, List<String> outcomeIds) {
        String ids = outcomeIds.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return api.putJson("api/v1/students/" + sid1 + "/selections/" + year, student1,
                "{\"courseOutcomeIds\":[" + ids + "],\"diversePerformanceIds\":[]}");
    }

    private JsonObject selection(int year) {
        return ApiClient.json(api.get("api/v1/students/" + sid1 + "/selections/" + year, student1));
    }

    private JsonObject receiptOf(int year) {
        for (JsonValue v : items(api.get("api/v1/students/" + sid1 + "/receipts?size=100", student1))) {
            if (v.asJsonObject().getInt("academicYear") == year) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("no receipt for academic year " + year);
    }

    private static JsonArray items(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getJsonArray("items");
    }

    private static JsonObject find(JsonArray items, String id) {
        for (JsonValue v : items) {
            if (v.asJsonObject().getString("id").equals(id)) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError(id + " not in " + items);
    }

    private static void assertStatus4xx(HttpResponse<byte[]> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + ApiClient.text(r));
        assertFalse(ApiClient.text(r).isEmpty());
    }

    private static byte[] fixture() {
        try (InputStream in = PortfolioIT.class.getResourceAsStream("/fixtures/hello.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
