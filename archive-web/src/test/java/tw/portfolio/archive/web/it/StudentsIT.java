package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.portfolio.archive.web.it.ArtifactSliceIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 through the API on a real Payara Micro: the registration section's students (§4(1)1),
 * their enrollment changes (§6, §7), imports, and the accounts that go with them. Every test makes
 * its own students with fresh national IDs and student numbers.
 */
class StudentsIT extends DeployedArchive {
    private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private String registrar;

    @BeforeEach
    void logIn() {
        registrar = token("registrar1");
    }

    /** A national ID nobody has yet: random digits, the check digit computed (DOMAIN.md, Identifiers). */
    static String freshNationalId(char second) {
        int[] codes = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30,
            31, 33};
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char letter = (char) ('A' + r.nextInt(26));
        StringBuilder id = new StringBuilder().append(letter).append(second);
        for (int i = 0; i < 7; i++) {
            id.append(r.nextInt(10));
        }
        int code = codes[letter - 'A'];
        int sum = code / 10 + (code % 10) * 9;
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 1};
        for (int i = 0; i < 8; i++) {
            sum += (id.charAt(i + 1) - '0') * weights[i];
        }
        return id.append((10 - sum % 10) % 10).toString();
    }

    static String freshNumber() {
        return "T" + NUMBERS.incrementAndGet();
    }

    static String studentJson(String nationalId, String number, String className) {
        return "{\"nationalId\":\"" + nationalId + "\",\"studentNumber\":\"" + number + "\",\"name\":\"測試生"
                + number + "\",\"birthDate\":\"2009-03-04\",\"className\":\"" + className
                + "\",\"grade\":1,\"enrolledOn\":\"2025-08-01\"}";
    }

    private JsonObject register(String className) {
        HttpResponse<byte[]> r = api.postJson("api/v1/students", registrar,
                studentJson(freshNationalId('1'), freshNumber(), className));
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r);
    }

    /**
     * The log's tree size, as the entries endpoint states it when asked past the end (the checkpoint
     * would issue a new one, which the scheduled checkpoint job may be doing at the same moment).
     */
    private long treeSize(String auditor) {
        for (long start = 0;; start += 1000) {
            HttpResponse<byte[]> r = api.get("api/v1/log/entries?start=" + start + "&end=" + (start + 1000), auditor);
            if (r.statusCode() == 400) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("tree size (\\d+)")
                        .matcher(ApiClient.json(r).getString("detail"));
                assertTrue(m.find(), ApiClient.text(r));
                return Long.parseLong(m.group(1));
            }
            assertEquals(200, r.statusCode(), ApiClient.text(r));
        }
    }

    private HttpResponse<byte[]> patch(String path, String token, String json) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void section4_1_1_theRegistrarRegistersAStudentWhoLogsInOnceWithTheOneTimePasswordAndMustChangeIt() {
        String nationalId = freshNationalId('2');
        String number = freshNumber();
        HttpResponse<byte[]> r = api.postJson("api/v1/students", registrar, studentJson(nationalId, number, "101"));
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        JsonObject s = ApiClient.json(r);
        String id = s.getString("id");
        assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/students/" + id));
        assertEquals(nationalId, s.getString("nationalId"));
        assertEquals("ENROLLED", s.getString("status"));
        assertEquals(JsonValue.NULL, s.get("completedOn"));
        assertEquals(1, s.getInt("grade"));
        assertEquals("2009-03-04", s.getString("birthDate"));
        JsonObject account = s.getJsonObject("account");
        assertEquals("s" + number.toLowerCase(), account.getString("username"));

        String token = api.token(account.getString("username"), account.getString("oneTimePassword"));
        JsonObject me = ApiClient.json(api.get("api/v1/me", token));
        assertEquals(id, me.getString("studentId"));
        assertTrue(me.getBoolean("passwordChangeRequired"));
        assertProblem(api.get("api/v1/students/" + id, token), 403, "password-change-required");
        assertEquals(200, api.putJson("api/v1/me/password", token, "{\"currentPassword\":\""
                + account.getString("oneTimePassword") + "\",\"newPassword\":\"a-long-new-password-42\"}").statusCode());
        token = api.token(account.getString("username"), "a-long-new-password-42");
        JsonObject self = ApiClient.json(api.get("api/v1/students/" + id, token));
        assertEquals(number, self.getString("studentNumber"));
        assertEquals(JsonValue.NULL, self.get("completedOn"));
        // someone else's record is not there for a student
        assertProblem(api.get("api/v1/students/" + id, api.demoToken("student1")), 404, "not-found");
        // the one-time password is not shown again anywhere
        assertFalse(ApiClient.text(api.get("api/v1/students/" + id, registrar)).contains("oneTimePassword"));
    }

    @Test
    void identifiers_aNationalIdWithABadChecksumIs422NamingTheFieldAndNothingIsStored() {
        String good = freshNationalId('1');
        String bad = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
        String number = freshNumber();
        HttpResponse<byte[]> r = api.postJson("api/v1/students", registrar, studentJson(bad, number, "101"));
        assertProblem(r, 422, "student-record");
        JsonObject error = ApiClient.json(r).getJsonArray("errors").getJsonObject(0);
        assertEquals("nationalId", error.getString("field"));
        assertEquals("checksum does not match", error.getString("message"));
        assertEquals(0, ApiClient.json(api.get("api/v1/students?q=" + number, registrar)).getInt("total"));

        HttpResponse<byte[]> many = api.postJson("api/v1/students", registrar, "{\"nationalId\":\"A1234\","
                + "\"studentNumber\":\"" + freshNumber() + "\",\"name\":\"x\",\"birthDate\":\"2099-01-01\","
                + "\"className\":\"101\",\"grade\":7,\"enrolledOn\":\"2025-02-30\"}");
        assertProblem(many, 422, "student-record");
        assertEquals(4, ApiClient.json(many).getJsonArray("errors").size(), ApiClient.text(many));
    }

    @Test
    void identifiers_residentCertificatesOfBothFormsAreRegistered() {
        for (char second : new char[] {'8', '9'}) {
            HttpResponse<byte[]> r = api.postJson("api/v1/students", registrar,
                    studentJson(freshNationalId(second), freshNumber(), "102"));
            assertEquals(201, r.statusCode(), ApiClient.text(r));
        }
    }

    @Test
    void section4_1_1_aNationalIdOrStudentNumberAlreadyPresentIs409() {
        String nationalId = freshNationalId('1');
        String number = freshNumber();
        assertEquals(201, api.postJson("api/v1/students", registrar, studentJson(nationalId, number, "101")).statusCode());
        assertProblem(api.postJson("api/v1/students", registrar, studentJson(nationalId, freshNumber(), "101")), 409,
                "conflict");
        assertProblem(api.postJson("api/v1/students", registrar, studentJson(freshNationalId('2'), number, "101")), 409,
                "conflict");
        // the demo student's national ID
        assertProblem(api.postJson("api/v1/students", registrar, studentJson("A223456781", freshNumber(), "101")), 409,
                "conflict");
    }

    @Test
    void bodiesThatCannotBeReadAre400ProblemsNever500() {
        assertProblem(api.postJson("api/v1/students", registrar, "{\"nationalId\":"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/students", registrar, "[]"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/students", registrar, "{\"nationalId\":{\"a\":1}}"), 400, "invalid-input");
        assertProblem(api.postRaw("api/v1/students", registrar, "application/json", new byte[0]), 400, "invalid-input");
    }

    @Test
    void section4_1_1_theListIsPagedWithinBoundsAndFiltersByQueryStatusAndClass() {
        String className = "C" + NUMBERS.incrementAndGet();
        JsonObject a = register(className);
        register(className);
        JsonObject page = ApiClient.json(api.get("api/v1/students?className=" + className + "&size=1", registrar));
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(1, page.getInt("size"));
        JsonObject byId = ApiClient.json(api.get("api/v1/students?q=" + a.getString("nationalId"), registrar));
        assertEquals(a.getString("id"), byId.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject byNumber = ApiClient.json(api.get("api/v1/students?status=ENROLLED&q=" + a.getString("studentNumber"),
                registrar));
        assertEquals(1, byNumber.getInt("total"));
        assertEquals(0, ApiClient.json(api.get("api/v1/students?status=GRADUATED&className=" + className, registrar))
                .getInt("total"));
        assertEquals(200, api.get("api/v1/students?q=%25_", registrar).statusCode());

        for (String bad : new String[] {"size=0", "size=101", "page=-1", "page=abc", "status=ASLEEP",
            "q=" + "x".repeat(51)}) {
            assertProblem(api.get("api/v1/students?" + bad, registrar), 400, "invalid-input");
        }
    }

    @Test
    void section4_1_1_onlyTheRegistrationSectionRegistersAndCorrectsAndOnlyStaffWhoNeedItList() {
        String body = studentJson(freshNationalId('1'), freshNumber(), "101");
        for (String user : new String[] {"student1", "teacher1", "academic1", "admin1", "auditor1"}) {
            assertProblem(api.postJson("api/v1/students", api.demoToken(user), body), 403, "forbidden");
        }
        assertProblem(api.postJson("api/v1/students", null, body), 401, "unauthorized");
        for (String user : new String[] {"student1", "teacher1", "auditor1", "backup1"}) {
            assertProblem(api.get("api/v1/students", api.demoToken(user)), 403, "forbidden");
        }
        for (String user : new String[] {"academic1", "admin1"}) {
            assertEquals(200, api.get("api/v1/students", api.demoToken(user)).statusCode(), user);
        }
        String id = register("101").getString("id");
        assertEquals(200, api.get("api/v1/students/" + id, api.demoToken("academic1")).statusCode());
        for (String user : new String[] {"academic1", "student1", "admin1"}) {
            assertProblem(patch("api/v1/students/" + id, api.demoToken(user), "{\"className\":\"102\",\"reason\":\"x\"}"),
                    403, "forbidden");
        }
        assertProblem(api.get("api/v1/students/" + id + "/record-changes", api.demoToken("admin1")), 403, "forbidden");
    }

    @Test
    void section4_1_1_aCorrectionNeedsAReasonAndIsAnEventWithValuesInClearOnlyInTheAuditTrail() {
        JsonObject s = register("101");
        String id = s.getString("id");
        String path = "api/v1/students/" + id;
        assertProblem(patch(path, registrar, "{\"className\":\"102\"}"), 400, "invalid-input");
        assertProblem(patch(path, registrar, "{\"nationalId\":\"A123456788\",\"reason\":\"typo\"}"), 422,
                "student-record");
        assertProblem(patch(path, registrar, "{\"nationalId\":\"A223456781\",\"reason\":\"typo\"}"), 409, "conflict");
        assertProblem(patch("api/v1/students/00000000-0000-0000-0000-000000000000", registrar,
                "{\"className\":\"102\",\"reason\":\"typo\"}"), 404, "not-found");
        assertEquals("101", ApiClient.json(api.get(path, registrar)).getString("className"));

        HttpResponse<byte[]> r = patch(path, registrar, "{\"className\":\"忠班\",\"name\":\"改名生\",\"reason\":\"分班更正\"}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        assertEquals("忠班", ApiClient.json(r).getString("className"));
        assertEquals("改名生", ApiClient.json(api.get(path, registrar)).getString("name"));

        String history = ApiClient.text(api.get(path + "/record-changes", registrar));
        assertTrue(history.contains("STUDENT_CORRECTED"), history);
        assertTrue(history.contains("忠班") && history.contains("改名生") && history.contains("分班更正"), history);
        assertTrue(history.contains("registrar1"), history);

        String auditor = api.demoToken("auditor1");
        long size = treeSize(auditor);
        String entries = ApiClient.text(api.get("api/v1/log/entries?start=" + Math.max(0, size - 50) + "&end=" + size,
                auditor));
        assertTrue(entries.contains("student:" + id), entries);
        assertTrue(entries.contains("className,name") || entries.contains("name,className"), entries);
        for (String clear : new String[] {"忠班", "改名生", "分班更正", s.getString("nationalId")}) {
            assertFalse(entries.contains(clear), clear + " in the log: " + entries);
        }
    }
    private HttpResponse<byte[]> change(String studentId, String token, String type, String date, String extra) {
        return api.postJson("api/v1/students/" + studentId + "/enrollment-changes", token, "{\"type\":\"" + type
                + "\",\"effectiveDate\":\"" + date + "\",\"reason\":\"測試\"" + extra + "}");
    }

    private JsonObject changed(String studentId, String type, String date) {
        HttpResponse<byte[]> r = change(studentId, registrar, type, date, "");
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r);
    }

    @Test
    void section7_changesFollowTheStudentLifecycleAndAWrongOneIs409SayingWhy() {
        String id = register("101").getString("id");
        HttpResponse<byte[]> suspended = change(id, registrar, "SUSPEND", "2025-09-01", "");
        assertEquals(201, suspended.statusCode(), ApiClient.text(suspended));
        JsonObject c = ApiClient.json(suspended);
        assertEquals("SUSPENDED", c.getString("statusAfter"));
        assertEquals("2025-09-01", c.getString("effectiveDate"));
        assertTrue(suspended.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/students/" + id + "/enrollment-changes/" + c.getString("id")));
        assertEquals("SUSPENDED", ApiClient.json(api.get("api/v1/students/" + id, registrar)).getString("status"));
        assertEquals("ENROLLED", changed(id, "RETURN", "2026-02-01").getString("statusAfter"));

        HttpResponse<byte[]> again = change(id, registrar, "RETURN", "2026-02-02", "");
        assertProblem(again, 409, "conflict");
        assertTrue(ApiClient.json(again).getString("detail").contains("ENROLLED")
                && ApiClient.json(again).getString("detail").contains("SUSPENDED"), ApiClient.text(again));
        assertEquals("VISITING", ApiClient.json(change(id, registrar, "VISITING_START", "2026-03-01",
                ",\"schoolCode\":\"193301\"")).getString("statusAfter"));
        assertEquals("ENROLLED", changed(id, "VISITING_END", "2026-04-01").getString("statusAfter"));
        assertEquals("ENROLLED", changed(id, "REPEAT", "2026-08-01").getString("statusAfter"));
        assertEquals("GRADUATED", changed(id, "GRADUATE", "2026-09-30").getString("statusAfter"));
        assertProblem(change(id, registrar, "GRADUATE", "2026-10-01", ""), 409, "conflict");
        assertProblem(change(id, registrar, "SUSPEND", "2026-09-01", ""), 409, "conflict");

        JsonObject student = ApiClient.json(api.get("api/v1/students/" + id, registrar));
        assertEquals("GRADUATED", student.getString("status"));
        assertEquals("2026-09-30", student.getString("completedOn"));
        assertEquals(6, ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", registrar)).size());
        String history = ApiClient.text(api.get("api/v1/students/" + id + "/record-changes", registrar));
        assertTrue(history.contains("ENROLLMENT_CHANGED") && history.contains("2026-09-30"), history);
    }

    @Test
    void section7_badChangesAreProblemsAndStoreNothing() {
        String id = register("101").getString("id");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Taipei")).plusDays(2).toString();
        assertProblem(change(id, registrar, "GRADUATE", tomorrow, ""), 422, "enrollment-change-date");
        assertProblem(change(id, registrar, "GRADUATE", "2020-01-01", ""), 422, "enrollment-change-date");
        assertProblem(change(id, registrar, "EXPEL", "2026-01-01", ""), 400, "invalid-input");
        assertProblem(change(id, registrar, "GRADUATE", "2026-13-01", ""), 400, "invalid-input");
        assertProblem(change(id, registrar, "VISITING_START", "2026-01-01", ""), 400, "invalid-input");
        assertProblem(change(id, registrar, "VISITING_START", "2026-01-01", ",\"schoolCode\":\"12\""), 400,
                "invalid-input");
        assertProblem(api.postJson("api/v1/students/" + id + "/enrollment-changes", registrar,
                "{\"type\":\"SUSPEND\",\"effectiveDate\":\"2026-01-01\"}"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/students/" + id + "/enrollment-changes", registrar, "{"), 400, "invalid-input");
        assertProblem(change("00000000-0000-0000-0000-000000000000", registrar, "SUSPEND", "2026-01-01", ""), 404,
                "not-found");
        assertEquals(0, ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", registrar)).size());
        assertEquals("ENROLLED", ApiClient.json(api.get("api/v1/students/" + id, registrar)).getString("status"));
    }

    @Test
    void section6_correctingOrRevokingTheLeavingRecomputesCompletedOnWithAnEvent() {
        String id = register("101").getString("id");
        String change = changed(id, "WITHDRAW", "2026-03-31").getString("id");
        String correction = "api/v1/students/" + id + "/enrollment-changes/" + change + "/correction";
        assertEquals("2026-03-31", ApiClient.json(api.get("api/v1/students/" + id, registrar)).getString("completedOn"));

        assertProblem(api.postJson(correction, registrar, "{\"reason\":\"x\"}"), 400, "invalid-input");
        assertProblem(api.postJson(correction, registrar, "{\"effectiveDate\":\"2026-04-30\",\"revoked\":true,"
                + "\"reason\":\"x\"}"), 400, "invalid-input");
        assertProblem(api.postJson(correction, api.demoToken("admin1"), "{\"effectiveDate\":\"2026-04-30\","
                + "\"reason\":\"x\"}"), 403, "forbidden");
        HttpResponse<byte[]> moved = api.postJson(correction, registrar,
                "{\"effectiveDate\":\"2026-04-30\",\"reason\":\"公文日期更正\"}");
        assertEquals(200, moved.statusCode(), ApiClient.text(moved));
        JsonObject s = ApiClient.json(api.get("api/v1/students/" + id, registrar));
        assertEquals("WITHDRAWN", s.getString("status"));
        assertEquals("2026-04-30", s.getString("completedOn"));

        assertEquals(200, api.postJson(correction, registrar, "{\"revoked\":true,\"reason\":\"誤登\"}").statusCode());
        s = ApiClient.json(api.get("api/v1/students/" + id, registrar));
        assertEquals("ENROLLED", s.getString("status"));
        assertEquals(JsonValue.NULL, s.get("completedOn"));
        assertProblem(api.postJson(correction, registrar, "{\"revoked\":true,\"reason\":\"again\"}"), 409,
                "conflict");
        assertTrue(ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", registrar))
                .getJsonObject(0).getBoolean("revoked"));
        String history = ApiClient.text(api.get("api/v1/students/" + id + "/record-changes", registrar));
        assertTrue(history.contains("ENROLLMENT_CHANGE_CORRECTED") && history.contains("公文日期更正")
                && history.contains("誤登"), history);
    }

    @Test
    void section7_aLeaverKeepsALoginThatReadsTheirFilesButUploadsSelectsAndChangesNothing() {
        JsonObject s = register("101");
        String id = s.getString("id");
        JsonObject account = s.getJsonObject("account");
        String username = account.getString("username");
        String first = api.token(username, account.getString("oneTimePassword"));
        HttpResponse<byte[]> changedPassword = api.putJson("api/v1/me/password", first, "{\"currentPassword\":\""
                + account.getString("oneTimePassword") + "\",\"newPassword\":\"a-long-new-password-42\"}");
        assertEquals(200, changedPassword.statusCode(), ApiClient.text(changedPassword));
        String enrolled = api.token(username, "a-long-new-password-42");
        assertEquals(201, api.postJson("api/v1/students/" + id + "/diverse-performances", enrolled,
                "{\"category\":\"COMPETITION\",\"name\":\"校內比賽\",\"content\":\"在學時\"}").statusCode());

        changed(id, "GRADUATE", "2026-06-30");
        assertEquals(401, api.get("api/v1/me", enrolled).statusCode());
        String alumni = api.token(username, "a-long-new-password-42");
        assertEquals("ALUMNUS", ApiClient.json(api.get("api/v1/me", alumni)).getJsonArray("roles").getString(0));
        assertLeaverOnlyReads(id, alumni);
        assertEquals(1, ApiClient.json(api.get("api/v1/students/" + id + "/diverse-performances", alumni)).getInt("total"));

        // a revoked graduation gives the student login back
        String change = ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", registrar))
                .getJsonObject(0).getString("id");
        assertEquals(200, api.postJson("api/v1/students/" + id + "/enrollment-changes/" + change + "/correction",
                registrar, "{\"revoked\":true,\"reason\":\"誤登\"}").statusCode());
        String back = api.token(username, "a-long-new-password-42");
        assertEquals("STUDENT", ApiClient.json(api.get("api/v1/me", back)).getJsonArray("roles").getString(0));
    }

    @Test
    void section6_theDemoAlumnusGraduatedOn2019_07_31AndReadsTheArchivedFilesOnly() {
        String alumni = api.demoToken("alumni1");
        JsonObject me = ApiClient.json(api.get("api/v1/me", alumni));
        assertEquals("ALUMNUS", me.getJsonArray("roles").getString(0));
        String id = me.getString("studentId");
        JsonObject s = ApiClient.json(api.get("api/v1/students/" + id, alumni));
        assertEquals("GRADUATED", s.getString("status"));
        assertEquals("2019-07-31", s.getString("completedOn"));
        assertEquals("GRADUATE", ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", alumni))
                .getJsonObject(0).getString("type"));
        assertEquals(2, ApiClient.json(api.get("api/v1/students/" + id + "/artifacts", alumni)).getInt("total"));
        assertLeaverOnlyReads(id, alumni);
        assertEquals(1, ApiClient.json(api.get("api/v1/students?status=GRADUATED&q=105001", registrar)).getInt("total"));
    }

    private void assertLeaverOnlyReads(String id, String token) {
        assertEquals(200, api.get("api/v1/students/" + id, token).statusCode());
        assertEquals(200, api.get("api/v1/students/" + id + "/artifacts", token).statusCode());
        assertEquals(200, api.get("api/v1/students/" + id + "/receipts", token).statusCode());
        assertProblem(api.postMultipart("api/v1/students/" + id + "/artifacts", token,
                ApiClient.parts("title", "after leaving", "file", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "late.pdf", "application/pdf"), 403, "forbidden");
        assertProblem(api.postJson("api/v1/students/" + id + "/diverse-performances", token,
                "{\"category\":\"COMPETITION\",\"name\":\"離校後\",\"content\":\"x\"}"), 403, "forbidden");
        assertProblem(api.putJson("api/v1/students/" + id + "/selections/115", token,
                "{\"courseOutcomeIds\":[],\"diversePerformanceIds\":[]}"), 403, "forbidden");
        assertProblem(patch("api/v1/students/" + id, token, "{\"name\":\"x\",\"reason\":\"x\"}"), 403, "forbidden");
        assertProblem(change(id, token, "RETURN", "2026-01-01", ""), 403, "forbidden");
    }

    @Test
    void section7_onlyTheRegistrationSectionRecordsChangesAndOthersSeeNoHistoryButTheirOwn() {
        String id = register("101").getString("id");
        for (String user : new String[] {"student1", "academic1", "admin1", "teacher1"}) {
            assertProblem(change(id, api.demoToken(user), "SUSPEND", "2026-01-01", ""), 403, "forbidden");
        }
        assertProblem(api.get("api/v1/students/" + id + "/enrollment-changes", api.demoToken("student1")), 404,
                "not-found");
        assertProblem(api.get("api/v1/students/" + id + "/enrollment-changes", api.demoToken("teacher1")), 404,
                "not-found");
        assertEquals(200, api.get("api/v1/students/" + id + "/enrollment-changes", api.demoToken("academic1")).statusCode());
    }
    private static final String HEADER = "nationalId,studentNumber,name,birthDate,className,grade,enrolledOn\n";

    private static String csvRow(String nationalId, String number, String name, String birth, String className,
            String grade) {
        return nationalId + "," + number + "," + name + "," + birth + "," + className + "," + grade + ",2025-08-01\n";
    }

    private HttpResponse<byte[]> importCsv(String token, String contentType, byte[] body) {
        return api.postRaw("api/v1/students/imports", token, contentType, body);
    }

    @Test
    void section4_1_1_aBig5FileWithFiveBadRowsReportsAllFiveStoresNothingAndImportsOnceFixed() {
        String className = "B" + NUMBERS.incrementAndGet();
        String[] ids = new String[20];
        String[] numbers = new String[20];
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) {
            ids[i] = freshNationalId(i % 2 == 0 ? '1' : '2');
            numbers[i] = freshNumber();
            good.append(csvRow(ids[i], numbers[i], "陳怡君" + i, "2009-03-04", className, "1"));
        }
        String[] lines = good.toString().split("\n");
        String badId = ids[2].substring(0, 9) + (char) ('0' + (ids[2].charAt(9) - '0' + 1) % 10);
        lines[3] = csvRow(badId, numbers[2], "陳怡君2", "2009-03-04", className, "1").strip();
        lines[6] = csvRow(ids[5], numbers[5], "陳怡君5", "2099-03-04", className, "1").strip();
        lines[9] = csvRow(ids[8], numbers[8], "陳怡君8", "2009-03-04", className, "9").strip();
        lines[12] = csvRow(ids[0], numbers[11], "陳怡君11", "2009-03-04", className, "1").strip();
        lines[15] = csvRow(ids[14], numbers[14], "", "2009-03-04", className, "1").strip();
        java.nio.charset.Charset big5 = java.nio.charset.Charset.forName("x-windows-950");
        byte[] bad = (String.join("\r\n", lines) + "\r\n").getBytes(big5);

        HttpResponse<byte[]> refused = importCsv(registrar, "text/csv", bad);
        assertProblem(refused, 422, "student-record");
        jakarta.json.JsonArray errors = ApiClient.json(refused).getJsonArray("errors");
        assertEquals(java.util.List.of(4, 7, 10, 13, 16), errors.stream().map(e -> e.asJsonObject().getInt("row"))
                .distinct().toList(), errors.toString());
        assertEquals(java.util.List.of("nationalId", "birthDate", "grade", "nationalId", "name"), errors.stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertEquals("repeats row 2", errors.getJsonObject(3).getString("message"));
        assertEquals(0, ApiClient.json(api.get("api/v1/students?className=" + className, registrar)).getInt("total"));

        byte[] fixed = good.toString().getBytes(big5);
        HttpResponse<byte[]> imported = importCsv(registrar, "text/csv", fixed);
        assertEquals(200, imported.statusCode(), ApiClient.text(imported));
        assertEquals(20, ApiClient.json(imported).getInt("created"));
        JsonObject listed = ApiClient.json(api.get("api/v1/students?className=" + className + "&q=" + ids[3], registrar));
        assertEquals("陳怡君3", listed.getJsonArray("items").getJsonObject(0).getString("name"));

        HttpResponse<byte[]> again = importCsv(registrar, "text/csv; charset=Big5", fixed);
        assertEquals(200, again.statusCode(), ApiClient.text(again));
        assertEquals(0, ApiClient.json(again).getInt("created"));
        assertEquals(20, ApiClient.json(again).getInt("unchanged"));
        assertEquals(20, ApiClient.json(api.get("api/v1/students?className=" + className, registrar)).getInt("total"));

        String export = ApiClient.text(api.get("api/v1/students/export", registrar));
        assertTrue(export.startsWith("\uFEFFnationalId,studentNumber,name,birthDate,className,grade,enrolledOn\r\n"));
        assertTrue(export.contains(ids[7] + "," + numbers[7] + ",陳怡君7,2009-03-04," + className + ",1,2025-08-01"), export);
        assertProblem(api.get("api/v1/students/export", api.demoToken("academic1")), 403, "forbidden");
    }

    @Test
    void section4_1_1_aUtf8FileWithBomChineseHeadersAndMinguoDatesImports() {
        String id = freshNationalId('1');
        String number = freshNumber();
        String csv = "\uFEFF學號,姓名,身分證字號,出生日期,班級,年級,入學日期,備註\r\n" + number + ",林佳穎," + id
                + ",98/03/04,忠班,2,1140801,轉學生\r\n";
        HttpResponse<byte[]> r = importCsv(registrar, "text/csv; charset=utf-8",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        JsonObject s = ApiClient.json(api.get("api/v1/students?q=" + id, registrar)).getJsonArray("items").getJsonObject(0);
        assertEquals("2009-03-04", s.getString("birthDate"));
        assertEquals("2025-08-01", s.getString("enrolledOn"));
        assertEquals(2, s.getInt("grade"));
        // an imported student's login has no password until the registrar issues one
        assertEquals(401, api.postJson("api/v1/auth/token", null, "{\"username\":\"s" + number.toLowerCase()
                + "\",\"password\":\"!no-password\"}").statusCode());
    }

    @Test
    void section4_1_1_importsThatCannotBeReadAreProblemsAndStoreNothing() {
        byte[] notText = {(byte) 0xFF, (byte) 0xFE, (byte) 0x81, (byte) 0x7F, (byte) 0xFF};
        assertProblem(importCsv(registrar, "text/csv", notText), 400, "invalid-input");
        assertProblem(importCsv(registrar, "text/csv; charset=ISO-8859-1", HEADER.getBytes()), 415,
                "unsupported-media-type");
        assertProblem(importCsv(registrar, "text/csv; charset=utf-8", new byte[] {(byte) 0xE9, 0x41}), 400,
                "invalid-input");
        HttpResponse<byte[]> noHeader = importCsv(registrar, "text/csv", "nationalId,name\n".getBytes());
        assertProblem(noHeader, 422, "student-record");
        assertEquals(1, ApiClient.json(noHeader).getJsonArray("errors").getJsonObject(0).getInt("row"));
        assertProblem(importCsv(registrar, "text/csv", (HEADER + "\"A1,x\n").getBytes()), 400, "invalid-input");
        assertProblem(importCsv(registrar, "text/csv", new byte[0]), 422, "student-record");
        assertProblem(importCsv(registrar, "application/json", "{}".getBytes()), 415, "unsupported-media-type");
        for (String user : new String[] {"student1", "academic1", "admin1"}) {
            assertProblem(importCsv(api.demoToken(user), "text/csv", HEADER.getBytes()), 403, "forbidden");
        }
    }
    @Test
    void section9_aSystemAdministratorCreatesAStaffAccountWhoseFirstLoginMustChangeThePassword() {
        String admin = api.demoToken("admin1");
        String username = "staff" + NUMBERS.incrementAndGet();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"註冊組 幹事\",\"roles\":[\"REGISTRAR\"]}";
        HttpResponse<byte[]> created = api.postJson("api/v1/accounts", admin, body);
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/accounts/" + username));
        String oneTime = ApiClient.json(created).getString("oneTimePassword");
        String token = api.token(username, oneTime);
        assertTrue(ApiClient.json(api.get("api/v1/me", token)).getBoolean("passwordChangeRequired"));
        assertProblem(api.get("api/v1/students", token), 403, "password-change-required");
        JsonObject shown = ApiClient.json(api.get("api/v1/accounts/" + username, admin));
        assertEquals("REGISTRAR", shown.getJsonArray("roles").getString(0));
        assertFalse(shown.toString().contains(oneTime));

        assertProblem(api.postJson("api/v1/accounts", admin, body), 409, "conflict");
        for (String bad : new String[] {"{\"username\":\"X Y\",\"displayName\":\"a\",\"roles\":[\"REGISTRAR\"]}",
            "{\"username\":\"okname1\",\"displayName\":\"a\",\"roles\":[\"STUDENT\"]}",
            "{\"username\":\"okname1\",\"displayName\":\"a\",\"roles\":[\"NOPE\"]}",
            "{\"username\":\"okname1\",\"displayName\":\"a\",\"roles\":\"REGISTRAR\"}",
            "{\"username\":\"okname1\",\"displayName\":\"a\",\"roles\":[]}",
            "{\"username\":\"okname1\",\"roles\":[\"REGISTRAR\"]}", "[]", "{"}) {
            assertProblem(api.postJson("api/v1/accounts", admin, bad), 400, "invalid-input");
        }
        for (String user : new String[] {"registrar1", "student1", "auditor1"}) {
            assertProblem(api.postJson("api/v1/accounts", api.demoToken(user), body.replace(username, "other1")), 403,
                    "forbidden");
        }
    }

    @Test
    void section9_aSystemAdministratorChangesRolesAndDisablesAndEveryTokenOfTheAccountStops() {
        String admin = api.demoToken("admin1");
        String username = "staff" + NUMBERS.incrementAndGet();
        String oneTime = ApiClient.json(api.postJson("api/v1/accounts", admin, "{\"username\":\"" + username
                + "\",\"displayName\":\"教學組\",\"roles\":[\"ACADEMIC_SECTION\"]}")).getString("oneTimePassword");
        String first = api.token(username, oneTime);
        assertEquals(200, api.putJson("api/v1/me/password", first, "{\"currentPassword\":\"" + oneTime
                + "\",\"newPassword\":\"a-long-new-password-42\"}").statusCode());
        String token = api.token(username, "a-long-new-password-42");
        assertEquals(403, api.get("api/v1/students/export", token).statusCode());

        HttpResponse<byte[]> changed = patch("api/v1/accounts/" + username, admin, "{\"roles\":[\"REGISTRAR\"]}");
        assertEquals(200, changed.statusCode(), ApiClient.text(changed));
        assertEquals("REGISTRAR", ApiClient.json(changed).getJsonArray("roles").getString(0));
        assertEquals(401, api.get("api/v1/me", token).statusCode());
        token = api.token(username, "a-long-new-password-42");
        assertEquals(200, api.get("api/v1/students/export", token).statusCode());

        assertTrue(ApiClient.json(patch("api/v1/accounts/" + username, admin, "{\"disabled\":true}")).getBoolean("disabled"));
        assertEquals(401, api.get("api/v1/me", token).statusCode());
        assertEquals(401, api.postJson("api/v1/auth/token", null, "{\"username\":\"" + username
                + "\",\"password\":\"a-long-new-password-42\"}").statusCode());
        assertFalse(ApiClient.json(patch("api/v1/accounts/" + username, admin, "{\"disabled\":false}")).getBoolean("disabled"));
        api.token(username, "a-long-new-password-42");

        assertProblem(patch("api/v1/accounts/student2", admin, "{\"roles\":[\"REGISTRAR\"]}"), 409, "conflict");
        assertProblem(patch("api/v1/accounts/" + username, admin, "{\"disabled\":\"yes\"}"), 400, "invalid-input");
        assertProblem(patch("api/v1/accounts/nobody-here", admin, "{\"disabled\":true}"), 404, "not-found");
        assertProblem(patch("api/v1/accounts/" + username, registrar, "{\"disabled\":true}"), 403, "forbidden");
    }

    @Test
    void section9bis_theRegistrarResetsAStudentsPasswordOnlyAfterCheckingNationalIdAndBirthDate() {
        String nationalId = freshNationalId('2');
        String number = freshNumber();
        String id = ApiClient.json(api.postJson("api/v1/students", registrar, studentJson(nationalId, number, "101")))
                .getString("id");
        changed(id, "GRADUATE", "2026-06-30");
        String reset = "api/v1/accounts/s" + number.toLowerCase() + "/password-reset";
        assertProblem(api.postJson(reset, registrar, "{\"nationalId\":\"" + nationalId + "\",\"birthDate\":\"2009-03-05\"}"),
                422, "identity-check");
        assertProblem(api.postJson(reset, registrar, ""), 422, "identity-check");
        assertProblem(api.postJson(reset, registrar, "{\"nationalId\":"), 400, "invalid-input");
        HttpResponse<byte[]> ok = api.postJson(reset, registrar, "{\"nationalId\":\"" + nationalId
                + "\",\"birthDate\":\"2009-03-04\"}");
        assertEquals(200, ok.statusCode(), ApiClient.text(ok));
        String token = api.token("s" + number.toLowerCase(), ApiClient.json(ok).getString("oneTimePassword"));
        JsonObject me = ApiClient.json(api.get("api/v1/me", token));
        assertEquals("ALUMNUS", me.getJsonArray("roles").getString(0));
        assertTrue(me.getBoolean("passwordChangeRequired"));

        assertProblem(api.postJson("api/v1/accounts/teacher2/password-reset", registrar,
                "{\"nationalId\":\"A123456789\",\"birthDate\":\"2000-01-01\"}"), 403, "forbidden");
        assertProblem(api.postJson(reset, api.demoToken("academic1"), "{}"), 403, "forbidden");
    }
}
