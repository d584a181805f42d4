package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.portfolio.archive.web.it.PortfolioSteps.assertStatus4xx;
import static tw.portfolio.archive.web.it.PortfolioSteps.find;
import static tw.portfolio.archive.web.it.PortfolioSteps.items;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.receipt.IndependentBagCheck;

/**
 * Issue 4 through the API on a real Payara Micro: courses, outcomes and certification (with the
 * substitute rule), windows, selection limits, submission and the receipt's dispute loop. Every
 * test makes its own courses with unique codes, and its own academic year where it changes
 * windows or submits, so tests do not depend on order or on other test classes.
 */
class PortfolioIT extends DeployedArchive {

    private String student1;
    private String sid1;
    private String teacher1;
    private String teacher2;
    private String academic;
    private String admin;
    private String registrar;
    private PortfolioSteps steps;

    @BeforeEach
    void logIn() {
        student1 = token("student1");
        sid1 = studentIdOf(student1);
        teacher1 = token("teacher1");
        teacher2 = token("teacher2");
        academic = token("academic1");
        admin = token("admin1");
        registrar = token("registrar1");
        steps = new PortfolioSteps(api, student1, sid1, academic, admin);
    }

    @Test
    void mailingAReceiptJudgesTheBodyThenTheReceiptBeforeSayingMailIsUnavailable() {
        String unknown = "api/v1/receipts/" + UUID.randomUUID() + "/email";
        ArtifactSliceIT.assertProblem(api.postJson(unknown, registrar, "{\"recipient\":\"not an address\"}"), 400,
                "invalid-input");
        ArtifactSliceIT.assertProblem(api.postJson(unknown, registrar, "{\"recipient\":"), 400, "invalid-input");
        ArtifactSliceIT.assertProblem(api.postJson(unknown, registrar, "{\"recipient\":\"leaver@example.org\"}"), 404,
                "not-found");
        ArtifactSliceIT.assertProblem(api.postJson(unknown, registrar, "{}"), 404, "not-found");
    }

    @Test
    void section4_2_1_theTeachingSectionEntersACourseAndTheStudentSeesIt() {
        int year = steps.freshYear();
        HttpResponse<byte[]> created = steps.createCourse(year, 1, "數學", 4, "teacher1");
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        JsonObject course = ApiClient.json(created);
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/courses/" + course.getString("id")));
        steps.enrol(course.getString("id"));

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
        int year = steps.freshYear();
        String code = "C" + UUID.randomUUID().toString().substring(0, 8);
        String header = "academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId\n";
        String bad = header + year + ",1," + code + ",物理,物理,部定必修,2,teacher1," + PortfolioSteps.STUDENT1_NATIONAL_ID + "\n"
                + year + ",1," + code + ",物理,物理,部定必修,2,teacher1,A123456788\n"
                + year + ",3," + code + "X,化學,化學,選修,x,teacher1," + PortfolioSteps.STUDENT1_NATIONAL_ID + "\n";
        HttpResponse<byte[]> refused = steps.postCsv(bad);
        assertEquals(400, refused.statusCode(), ApiClient.text(refused));
        JsonObject problem = ApiClient.json(refused);
        assertTrue(problem.getString("type").endsWith("/invalid-input"), problem.toString());
        assertTrue(problem.getJsonArray("errors").size() >= 2, problem.toString());
        assertTrue(problem.getJsonArray("errors").toString().contains("rows[3]"), problem.toString());
        assertEquals(0, items(api.get("api/v1/courses?academicYear=" + year + "&semester=1", academic)).size());

        String good = header + year + ",1," + code + ",物理,物理,部定必修,2,teacher1," + PortfolioSteps.STUDENT1_NATIONAL_ID + "\n";
        HttpResponse<byte[]> imported = steps.postCsv(good);
        assertEquals(200, imported.statusCode(), ApiClient.text(imported));
        assertEquals(1, ApiClient.json(imported).getInt("imported"));
        JsonArray mine = items(api.get("api/v1/students/" + sid1 + "/courses?academicYear=" + year + "&semester=1", student1));
        assertEquals(code, mine.getJsonObject(0).getString("code"));
    }

    @Test
    void section4_3_anOutcomeIsCreatedCertifiedFromTheQueueAndReadBack() {
        int year = steps.freshYear();
        steps.openWindows(year);
        String courseId = steps.courseFor(year, "國文", "teacher1");
        HttpResponse<byte[]> created = steps.createOutcome(courseId, "我的期末報告", steps.upload());
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        JsonObject o = ApiClient.json(created);
        assertEquals("PENDING_CERTIFICATION", o.getString("state"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/course-outcomes/" + o.getString("id")));

        JsonArray queue = items(api.get("api/v1/teachers/teacher1/certification-queue?size=100", teacher1));
        JsonObject queued = find(queue, o.getString("id"));
        assertEquals("陳怡君", queued.getString("studentName"));
        assertEquals("301", queued.getString("className"));
        assertEquals("111001", queued.getString("studentNumber"));
        String file = queued.getJsonArray("artifactIds").getString(0);
        assertEquals(200, api.get("api/v1/course-outcomes/" + o.getString("id") + "/files/" + file, teacher1).statusCode());
        assertEquals(403, api.get("api/v1/teachers/teacher2/certification-queue", teacher1).statusCode());

        HttpResponse<byte[]> certified = steps.certify(teacher1, o.getString("id"), "CERTIFIED", "");
        assertEquals(200, certified.statusCode(), ApiClient.text(certified));
        JsonObject back = ApiClient.json(api.get("api/v1/course-outcomes/" + o.getString("id"), student1));
        assertEquals("CERTIFIED", back.getString("state"));
        assertEquals("teacher1", back.getJsonObject("certification").getString("certifiedBy"));
    }

    @Test
    void theGreetingUsesTheDisplayNameAndTheFooterTheBuildsVersion() {
        JsonObject me = ApiClient.json(api.get("api/v1/me", student1));
        assertEquals("陳怡君", me.getString("displayName"));
        assertEquals("student1", me.getString("username"));
        JsonObject info = ApiClient.json(api.get("api/v1/info", null));
        assertEquals(System.getProperty("archive.test.version"), info.getString("version"));
        assertNotEquals("dev", info.getString("version"));
    }

    @Test
    void section4_3_badOutcomesAreRefusedWithAClear4xxAndNothingChanges() {
        int year = steps.freshYear();
        steps.openWindows(year);
        String courseId = steps.courseFor(year, "英文", "teacher1");
        String notTaken = ApiClient.json(steps.createCourse(year, 1, "英文", 2, "teacher1")).getString("id");
        String file = steps.upload();
        String student2Token = token("student2");
        String sid2 = studentIdOf(student2Token);
        String foreign = ApiClient.json(api.postMultipart("api/v1/students/" + sid2 + "/artifacts", student2Token,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf")), "other.pdf", "application/pdf")).getString("id");

        assertEquals(404, steps.createOutcome("no-such-course", "報告", file).statusCode());
        assertStatus4xx(steps.createOutcome(notTaken, "報告", file));
        HttpResponse<byte[]> tooLong = steps.createOutcome(courseId, "字".repeat(101), file);
        assertEquals(400, tooLong.statusCode(), ApiClient.text(tooLong));
        assertTrue(ApiClient.text(tooLong).contains("description"));
        assertEquals(404, steps.createOutcome(courseId, "報告", foreign).statusCode());
        assertEquals(400, api.postJson("api/v1/students/" + sid1 + "/course-outcomes", student1, "{not json").statusCode());
        assertEquals(0, items(api.get("api/v1/students/" + sid1 + "/course-outcomes?academicYear=" + year + "&size=100",
                student1)).size());
        assertEquals(201, steps.createOutcome(courseId, "字".repeat(100), file).statusCode());
    }

    @Test
    void section4_windowsRefuseAnUploadOutsideTheWindowNamingIt() {
        int year = steps.freshYear();
        Instant now = Instant.now();
        steps.setWindow(year, 1, "OUTCOME_UPLOAD", now.minus(20, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS));
        String courseId = steps.courseFor(year, "歷史", "teacher1");
        HttpResponse<byte[]> refused = steps.createOutcome(courseId, "報告", steps.upload());
        assertEquals(422, refused.statusCode(), ApiClient.text(refused));
        JsonObject problem = ApiClient.json(refused);
        assertTrue(problem.getString("type").endsWith("/window-closed"), problem.toString());
        assertTrue(problem.getString("detail").contains("OUTCOME_UPLOAD " + year + "-1"), problem.toString());
        assertEquals(0, items(api.get("api/v1/students/" + sid1 + "/course-outcomes?academicYear=" + year, student1)).size());
    }

    @Test
    void section9_2_2_aSameSubjectTeacherCertifiesOnlyWhileTheCourseTeacherIsUnavailable() {
        int year = steps.freshYear();
        steps.openWindows(year);
        String subject = "地理" + UUID.randomUUID().toString().substring(0, 6);
        String course = steps.courseFor(year, subject, "teacher1");
        steps.createCourse(year, 1, subject, 2, "teacher2");
        String otherSubject = steps.courseFor(year, "其他" + UUID.randomUUID().toString().substring(0, 6), "teacher1");
        String outcome = ApiClient.json(steps.createOutcome(course, "地理報告", steps.upload())).getString("id");
        String other = ApiClient.json(steps.createOutcome(otherSubject, "其他報告", steps.upload())).getString("id");

        assertEquals(403, steps.certify(teacher2, outcome, "CERTIFIED", "").statusCode());
        try {
            assertEquals(200, api.putJson("api/v1/teachers/teacher1/availability", admin,
                    "{\"available\":false,\"reason\":\"產假\"}").statusCode());
            assertEquals(403, api.putJson("api/v1/teachers/teacher1/availability", teacher2,
                    "{\"available\":true}").statusCode());
            assertNotNull(find(items(api.get("api/v1/teachers/teacher2/certification-queue?size=100", teacher2)), outcome));
            assertEquals(403, steps.certify(teacher2, other, "CERTIFIED", "").statusCode());
            HttpResponse<byte[]> done = steps.certify(teacher2, outcome, "CERTIFIED", "");
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
        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "生物", "teacher1");
        String outcome = ApiClient.json(steps.createOutcome(course, "實驗報告", steps.upload())).getString("id");
        assertEquals(200, steps.certify(teacher1, outcome, "REJECTED", "不是本人作品").statusCode());
        HttpResponse<byte[]> refused = steps.select(year, List.of(outcome));
        assertEquals(422, refused.statusCode(), ApiClient.text(refused));
        assertTrue(ApiClient.json(refused).getString("type").endsWith("/selection-requires-certified"));
        assertEquals(0, steps.selection(year).getJsonArray("courseOutcomeIds").size());

        HttpResponse<byte[]> version = api.postJson("api/v1/course-outcomes/" + outcome + "/versions", student1,
                "{\"description\":\"重新上傳的實驗報告\",\"artifactIds\":[\"" + steps.upload() + "\"]}");
        assertEquals(200, version.statusCode(), ApiClient.text(version));
        assertEquals("PENDING_CERTIFICATION", ApiClient.json(version).getString("state"));
        assertEquals(200, steps.certify(teacher1, outcome, "CERTIFIED", "").statusCode());
        assertEquals(200, steps.select(year, List.of(outcome)).statusCode());
    }

    @Test
    void section4_3_atMostSixOutcomesAreSelectedPerYearEvenFromTwoTabsAtOnce() throws Exception {
        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "資訊", "teacher1");
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String id = ApiClient.json(steps.createOutcome(course, "作品 " + i, steps.upload())).getString("id");
            assertEquals(200, steps.certify(teacher1, id, "CERTIFIED", "").statusCode());
            outcomes.add(id);
        }
        assertEquals(200, steps.select(year, outcomes.subList(0, 6)).statusCode());
        HttpResponse<byte[]> seven = steps.select(year, outcomes.subList(0, 7));
        assertEquals(422, seven.statusCode(), ApiClient.text(seven));
        assertTrue(ApiClient.json(seven).getString("type").endsWith("/selection-limit-outcomes"));
        assertEquals(6, steps.selection(year).getJsonArray("courseOutcomeIds").size());

        JsonObject limits = ApiClient.json(api.get("api/v1/settings/limits", student1));
        assertEquals(6, limits.getInt("outcomeSelectionPerYear"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> tabA = () -> steps.select(year, outcomes.subList(0, 6)).statusCode();
            Callable<Integer> tabB = () -> steps.select(year, outcomes.subList(2, 8)).statusCode();
            for (int round = 0; round < 5; round++) {
                Future<Integer> a = pool.submit(tabA);
                Future<Integer> b = pool.submit(tabB);
                assertEquals(200, a.get());
                assertEquals(200, b.get());
                List<String> now = steps.selection(year).getJsonArray("courseOutcomeIds").getValuesAs(JsonValue.class)
                        .stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
                assertTrue(now.equals(outcomes.subList(0, 6)) || now.equals(outcomes.subList(2, 8)), now.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void receiptRule_aDisputedItemIsCorrectedResubmittedAndConfirmedOnPaper() throws Exception {
        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "音樂", "teacher1");
        String first = ApiClient.json(steps.createOutcome(course, "合唱錄音說明", steps.upload())).getString("id");
        String second = ApiClient.json(steps.createOutcome(course, "樂理報告", steps.upload())).getString("id");
        steps.certify(teacher1, first, "CERTIFIED", "");
        steps.certify(teacher1, second, "CERTIFIED", "");
        assertEquals(200, steps.select(year, List.of(first, second)).statusCode());

        assertEquals(422, api.postJson("api/v1/submissions/" + year, admin, "").statusCode());
        steps.closeSubmission(year);
        assertEquals(409, steps.select(year, List.of(first)).statusCode());

        JsonObject receipt = steps.receiptOf(year);
        assertEquals("UNCONFIRMED", receipt.getString("state"));
        assertEquals(2, receipt.getJsonArray("items").size());
        assertEquals(64, receipt.getJsonArray("items").getJsonObject(0).getJsonArray("files").getJsonObject(0)
                .getString("sha256").length());
        HttpResponse<byte[]> pdf = api.get("api/v1/receipts/" + receipt.getString("id") + "/pdf", student1);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<byte[]> statement = api.get("api/v1/receipts/" + receipt.getString("id") + "/statement", student1);
        assertTrue(ApiClient.text(statement).contains("\"signature\""));
        leaverChecksTheReceiptOffline(receipt.getString("id"), pdf.body(), statement.body());
        assertEquals(404, api.get("api/v1/receipts/" + receipt.getString("id"), token("student2")).statusCode());

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
        JsonObject renewed = steps.receiptOf(year);
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

    @Test
    void receiptRule_theSubmissionPackageIsAValidBagForTheStudentAndStaffAndNoOneElse() throws Exception {
        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "美術", "teacher1");
        String outcome = ApiClient.json(steps.createOutcome(course, "水彩作品說明", steps.upload())).getString("id");
        steps.certify(teacher1, outcome, "CERTIFIED", "");
        assertEquals(200, steps.select(year, List.of(outcome)).statusCode());
        String path = "api/v1/students/" + sid1 + "/submissions/" + year + "/package";
        HttpResponse<byte[]> before = api.get(path, student1);
        assertEquals(404, before.statusCode(), ApiClient.text(before));
        assertEquals("application/problem+json", before.headers().firstValue("Content-Type").orElse(""));

        steps.closeSubmission(year);

        for (String reader : List.of(student1, registrar, admin, token("auditor1"))) {
            HttpResponse<byte[]> zip = api.get(path, reader);
            assertEquals(200, zip.statusCode(), ApiClient.text(zip));
            assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
            assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").contains(".zip"));
            Path bag = unzipSingleBag(zip.body());
            assertEquals(List.of(), IndependentBagCheck.problems(bag));
            assertTrue(Files.readString(bag.resolve("tagmanifest-sha256.txt")).contains("bag-info.txt"));
        }
        for (String other : List.of(token("student2"), teacher1, academic)) {
            HttpResponse<byte[]> refused = api.get(path, other);
            assertEquals(403, refused.statusCode(), ApiClient.text(refused));
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(401, api.get(path, null).statusCode());
    }

    /**
     * Issue 13: a receipt is an OCFL object like any artifact, so a byte flipped in its stored
     * {@code receipt.json} is named by the next full fixity audit (object, file, digests), and the
     * audit's report is itself kept as an object, served as the same bytes every time.
     */
    @Test
    void aReceiptFlippedOnDiskIsNamedByTheNextFixityAuditWhoseReportIsKeptToo() throws Exception {
        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "美術", "teacher1");
        String outcome = ApiClient.json(steps.createOutcome(course, "水彩作品說明", steps.upload())).getString("id");
        steps.certify(teacher1, outcome, "CERTIFIED", "");
        assertEquals(200, steps.select(year, List.of(outcome)).statusCode());
        steps.closeSubmission(year);
        String receiptId = steps.receiptOf(year).getString("id");
        String objectId = "receipt-" + receiptId;
        Path signed;
        try (var dirs = Files.walk(Path.of(System.getProperty("archive.test.dataDir"), "ocfl"))) {
            signed = dirs.filter(d -> d.getFileName().toString().equals(objectId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no OCFL object " + objectId)).resolve("v1/content/receipt.json");
        }
        byte[] original = Files.readAllBytes(signed);
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 0x01;
        String auditor = token("auditor1");
        JsonObject run;
        Files.write(signed, flipped);
        try {
            run = runFullAudit(auditor);
        } finally {
            Files.write(signed, original);
        }
        assertEquals("DONE", run.getString("state"), run.toString());
        JsonObject failure = run.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
                .filter(f -> objectId.equals(f.getString("objectId", null))).findFirst()
                .orElseThrow(() -> new AssertionError("the audit did not name " + objectId + ": " + run));
        assertEquals("v1/content/receipt.json", failure.getString("path"));
        assertEquals(ArtifactSliceIT.sha256(original), failure.getString("expected"));
        assertEquals(ArtifactSliceIT.sha256(flipped), failure.getString("actual"));
        assertEquals("CONTENT_MISMATCH", failure.getString("kind"));
        assertTrue(!failure.containsKey("artifactId") || failure.isNull("artifactId"), "not an artifact: " + failure);

        String report = "api/v1/audits/fixity/" + run.getString("id") + "/report.pdf";
        HttpResponse<byte[]> first = api.get(report, auditor);
        assertEquals(200, first.statusCode(), ApiClient.text(first));
        assertTrue(java.util.Arrays.equals(first.body(), api.get(report, auditor).body()));
        try (var dirs = Files.walk(Path.of(System.getProperty("archive.test.dataDir"), "ocfl"))) {
            assertTrue(dirs.anyMatch(d -> d.getFileName().toString().equals("audit-report-" + run.getString("id"))),
                    "the report is kept as an OCFL object");
        }
        JsonObject after = runFullAudit(auditor); // the restored receipt passes again (and readiness recovers)
        assertTrue(after.getJsonArray("failures").getValuesAs(JsonObject.class).stream()
                .noneMatch(f -> objectId.equals(f.getString("objectId", null))), after.toString());
    }

    /** Starts a full fixity audit as {@code auditor} (waiting out one already running) and waits for its end. */
    private JsonObject runFullAudit(String auditor) throws InterruptedException {
        HttpResponse<byte[]> started = api.postJson("api/v1/audits/fixity", auditor, "");
        for (int i = 0; started.statusCode() == 409 && i < 600; i++) {
            Thread.sleep(250);
            started = api.postJson("api/v1/audits/fixity", auditor, "");
        }
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        String id = ApiClient.json(started).getString("id");
        for (int i = 0; i < 720; i++) {
            JsonObject run = ApiClient.json(api.get("api/v1/audits/fixity/" + id, auditor));
            if (run.containsKey("finishedAt") && !run.isNull("finishedAt")) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("audit " + id + " did not finish");
    }

    private static Path unzipSingleBag(byte[] zip) throws java.io.IOException {
        Path dir = Files.createTempDirectory("package-it");
        String top = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                top = e.getName().substring(0, e.getName().indexOf('/'));
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        assertNotNull(top, "the zip holds a bag folder");
        return dir.resolve(top);
    }

    /**
     * Issue 13: what a leaver received (the PDF and the signed statement) passes {@code archive-cli
     * verify receipt} with the school key, the PDF is the one kept (same bytes on a second download),
     * and one changed byte of the PDF fails with exit 1.
     */
    private void leaverChecksTheReceiptOffline(String receiptId, byte[] pdf, byte[] statement) throws Exception {
        assertArrayEquals(pdf, api.get("api/v1/receipts/" + receiptId + "/pdf", student1).body());
        Path dir = Files.createTempDirectory("receipt-it");
        Path pem = Files.writeString(dir.resolve("school.pem"), ApiClient.jsonArray(api.get("api/v1/keys", null))
                .stream().map(JsonValue::asJsonObject).filter(k -> k.getString("status").equals("ACTIVE"))
                .findFirst().orElseThrow().getString("publicKeyPem"));
        Path json = Files.write(dir.resolve("receipt.json"), statement);
        Path good = Files.write(dir.resolve("receipt.pdf"), pdf);
        Programs.Result ok = Programs.cli("verify", "receipt", good.toString(), "--statement", json.toString(),
                "--key", pem.toString());
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().contains("PASS pdf belongs to statement"), ok.output());
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x20;
        Path bad = Files.write(dir.resolve("changed.pdf"), changed);
        Programs.Result fail = Programs.cli("verify", "receipt", bad.toString(), "--statement", json.toString(),
                "--key", pem.toString());
        assertEquals(1, fail.exit(), fail.output());
        assertTrue(fail.output().contains("FAIL pdf seal"), fail.output());
    }
}
