package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The foundation slice through every layer on a real Payara Micro with Derby and OCFL on disk:
 * a student uploads a file and gets the same bytes back; bad input gets a clear problem; the
 * 401/403 matrix holds.
 */
class ArtifactSliceIT extends DeployedArchive {

    private String student1;
    private String student2;
    private String sid1;

    @BeforeEach
    void logIn() {
        student1 = token("student1");
        student2 = token("student2");
        sid1 = studentIdOf(student1);
    }

    @Test
    void aStudentUploadsAPdfAndDownloadsTheSameBytes() throws Exception {
        byte[] pdf = fixture("hello.pdf");
        HttpResponse<byte[]> created = upload(student1, sid1, pdf, "學習成果報告.pdf", "application/pdf", "期末報告");
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        JsonObject a = ApiClient.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/artifacts/" + a.getString("id")), location);
        assertEquals(sid1, a.getString("studentId"));
        assertEquals("學習成果報告.pdf", a.getString("filename"));
        assertEquals("application/pdf", a.getString("mediaType"));
        assertEquals(pdf.length, a.getInt("size"));
        assertEquals(sha256(pdf), a.getString("sha256"));
        assertNotNull(a.getString("createdAt"));

        HttpResponse<byte[]> meta = api.get("api/v1/artifacts/" + a.getString("id"), student1);
        assertEquals(200, meta.statusCode());
        assertEquals(a.getString("sha256"), ApiClient.json(meta).getString("sha256"));

        HttpResponse<byte[]> content = api.get("api/v1/artifacts/" + a.getString("id") + "/content", student1);
        assertEquals(200, content.statusCode());
        assertArrayEquals(pdf, content.body());
        assertEquals("application/pdf", content.headers().firstValue("Content-Type").orElseThrow());
        String disposition = content.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename*=UTF-8''%E5%AD%B8%E7%BF%92%E6%88%90%E6%9E%9C%E5%A0%B1%E5%91%8A.pdf"),
                disposition);
    }

    @Test
    void theStudentsListIsPaginatedNewestFirst() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, upload(student1, sid1, fixture("hello.pdf"), "page-" + i + ".pdf",
                    "application/pdf", null).statusCode());
        }
        JsonObject page = ApiClient.json(api.get("api/v1/students/" + sid1 + "/artifacts?page=0&size=2", student1));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertTrue(page.getInt("total") >= 3);
        assertEquals(400, api.get("api/v1/students/" + sid1 + "/artifacts?size=1000", student1).statusCode());
    }

    @Test
    void anotherStudentLearnsNothingAboutTheArtifact() {
        String id = ApiClient.json(upload(student1, sid1, fixture("hello.pdf"), "mine.pdf", "application/pdf", null))
                .getString("id");
        HttpResponse<byte[]> existing = api.get("api/v1/artifacts/" + id, student2);
        HttpResponse<byte[]> missing = api.get("api/v1/artifacts/00000000-0000-0000-0000-000000000000", student2);
        assertEquals(404, existing.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(404, api.get("api/v1/artifacts/" + id + "/content", student2).statusCode());
        assertEquals(ApiClient.json(existing).getString("type"), ApiClient.json(missing).getString("type"));
        assertEquals(403, api.get("api/v1/students/" + sid1 + "/artifacts", student2).statusCode());
    }

    @Test
    void uploadingForAnotherStudentIsForbidden() {
        HttpResponse<byte[]> r = upload(student2, sid1, fixture("hello.pdf"), "x.pdf", "application/pdf", null);
        assertProblem(r, 403, "forbidden");
    }

    @Test
    void anonymousCallsGet401AndStaffReadAnyPortfolio() {
        assertProblem(api.get("api/v1/me", null), 401, "unauthorized");
        assertProblem(api.get("api/v1/students/" + sid1 + "/artifacts", null), 401, "unauthorized");
        assertProblem(api.get("api/v1/me", "v1.forged.token"), 401, "unauthorized");
        String registrar = token("registrar1");
        assertEquals(200, api.get("api/v1/students/" + sid1 + "/artifacts", registrar).statusCode());
        String teacher = token("teacher1");
        assertEquals(403, api.get("api/v1/students/" + sid1 + "/artifacts", teacher).statusCode());
        assertProblem(upload(registrar, sid1, fixture("hello.pdf"), "x.pdf", "application/pdf", null), 403,
                "forbidden");
    }

    @Test
    void aOneTimePasswordAllowsOnlyChangingItAndTheChangeRevokesEveryEarlierToken() {
        String token = token("newstaff1");
        String other = token("newstaff1");
        String list = "api/v1/students/" + sid1 + "/artifacts";
        assertProblem(api.get(list, token), 403, "password-change-required");
        assertTrue(ApiClient.json(api.get("api/v1/me", token)).getBoolean("passwordChangeRequired"));
        HttpResponse<byte[]> refused = api.putJson("api/v1/me/password", token,
                "{\"currentPassword\":\"demo-password\",\"newPassword\":\"NewStaff1\\u0007\"}");
        assertProblem(refused, 422, "password-policy");
        assertEquals(List.of("newPassword: must have at least 12 characters", "newPassword: must not contain the username",
                "newPassword: must not contain control characters"), fieldErrors(refused));
        HttpResponse<byte[]> common = api.putJson("api/v1/me/password", token,
                "{\"currentPassword\":\"demo-password\",\"newPassword\":\"demo-password\"}");
        assertProblem(common, 422, "password-policy");
        assertEquals(List.of("newPassword: must not be the current password", "newPassword: is a commonly used password"),
                fieldErrors(common));
        assertProblem(api.get(list, token), 403, "password-change-required");

        HttpResponse<byte[]> changed = api.putJson("api/v1/me/password", token,
                "{\"currentPassword\":\"demo-password\",\"newPassword\":\"a-long-new-password-42\"}");
        assertEquals(200, changed.statusCode(), ApiClient.text(changed));
        assertProblem(api.get("api/v1/me", token), 401, "unauthorized");
        assertProblem(api.get("api/v1/me", other), 401, "unauthorized");
        String given = ApiClient.json(changed).getString("access_token");
        assertEquals(200, api.get(list, given).statusCode(), "the token the change answered works at once");
        assertFalse(ApiClient.json(api.get("api/v1/me", given)).getBoolean("passwordChangeRequired"));
        assertEquals(200, api.get(list, api.token("newstaff1", "a-long-new-password-42")).statusCode());
    }

    private static List<String> fieldErrors(HttpResponse<byte[]> r) {
        return ApiClient.json(r).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        byte[] big = Arrays.copyOf(fixture("hello.pdf"), 4_000_001);
        long before = total();
        assertProblem(upload(student1, sid1, big, "big.pdf", "application/pdf", null), 413, "payload-too-large");
        assertEquals(before, total());
    }

    @Test
    void aPdfAtExactlyTheLimitIsAccepted() {
        byte[] exact = Arrays.copyOf(fixture("hello.pdf"), 4_000_000);
        assertEquals(201, upload(student1, sid1, exact, "exact.pdf", "application/pdf", null).statusCode());
    }

    @Test
    void anExecutableNamedPdfIsRefusedWith415() {
        assertProblem(upload(student1, sid1, fixture("exe-named-pdf.pdf"), "report.pdf", "application/pdf", null),
                415, "unsupported-media-type");
    }

    @Test
    void aPngNamedPdfIsRecordedAsPng() {
        HttpResponse<byte[]> r = upload(student1, sid1, fixture("png-named-pdf.pdf"), "photo.pdf", "application/pdf",
                null);
        assertEquals(201, r.statusCode());
        assertEquals("image/png", ApiClient.json(r).getString("mediaType"));
    }

    @Test
    void anEmptyFileAndAMissingPartAreRefusedWith400() {
        assertProblem(upload(student1, sid1, new byte[0], "empty.pdf", "application/pdf", null), 400, "invalid-input");
        HttpResponse<byte[]> noFile = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("title", "no file"), null, null);
        assertProblem(noFile, 400, "invalid-input");
        assertTrue(ApiClient.json(noFile).getJsonArray("errors").getJsonObject(0).getString("field").equals("file"));
    }

    @Test
    void aMalformedMultipartBodyIsRefusedWith400AndLeavesNoFileBehind() throws IOException {
        long before = total();
        String path = "api/v1/students/" + sid1 + "/artifacts";
        byte[] head = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = fixture("hello.pdf");
        byte[] cut = Arrays.copyOf(head, head.length + pdf.length);
        System.arraycopy(pdf, 0, cut, head.length, pdf.length);
        HttpResponse<byte[]> noClosingBoundary = api.postRaw(path, student1, "multipart/form-data; boundary=cut", cut);
        assertProblem(noClosingBoundary, 400, "invalid-input");
        assertTrue(ApiClient.json(noClosingBoundary).getString("detail").contains("closing boundary"),
                ApiClient.text(noClosingBoundary));
        assertProblem(api.postRaw(path, student1, "multipart/form-data", cut), 400, "invalid-input");
        assertProblem(api.postRaw(path, student1, "multipart/form-data; boundary=cut",
                "--cut\r\nContent-Type: text/plain\r\n\r\nx\r\n--cut--".getBytes(StandardCharsets.US_ASCII)),
                400, "invalid-input");
        assertEquals(before, total());
        try (Stream<Path> staged = Files.list(Path.of(System.getProperty("archive.test.dataDir"), "staging"))) {
            assertEquals(List.of(), staged.toList(), "a refused upload leaves nothing in staging");
        }
    }

    @Test
    void hostileFilenamesAreCleanedAndNeverUsedAsPaths() {
        String traversal = ApiClient.json(upload(student1, sid1, fixture("hello.pdf"), "../../etc/passwd.pdf",
                "application/pdf", null)).getString("filename");
        assertEquals("passwd.pdf", traversal);
        String control = ApiClient.json(upload(student1, sid1, fixture("hello.pdf"), "a\tb\u0007c.pdf",
                "application/pdf", null)).getString("filename");
        assertEquals("abc.pdf", control);
        String longName = "長".repeat(300) + ".pdf";
        String cut = ApiClient.json(upload(student1, sid1, fixture("hello.pdf"), longName, "application/pdf", null))
                .getString("filename");
        assertEquals(200, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith(".pdf"));
    }

    @Test
    void aDigestMismatchIsRefusedWith422AndNothingIsStored() {
        long before = total();
        HttpResponse<byte[]> r = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", fixture("hello.pdf"), "sha256", "0".repeat(64)), "x.pdf", "application/pdf");
        assertProblem(r, 422, "digest-mismatch");
        assertEquals(before, total());
        HttpResponse<byte[]> ok = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", fixture("hello.pdf"), "sha256", sha256(fixture("hello.pdf"))), "x.pdf",
                "application/pdf");
        assertEquals(201, ok.statusCode());
    }

    @Test
    void concurrentUploadsAllSucceedAndEachGetsItsOwnLogLeaf() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<HttpResponse<byte[]>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String name = "parallel-" + i + ".pdf";
                results.add(pool.submit(() -> upload(student1, sid1, fixture("hello.pdf"), name, "application/pdf",
                        null)));
            }
            java.util.Set<String> statements = new java.util.HashSet<>();
            for (java.util.concurrent.Future<HttpResponse<byte[]>> f : results) {
                HttpResponse<byte[]> r = f.get();
                assertEquals(201, r.statusCode(), ApiClient.text(r));
                statements.add(ApiClient.json(r).getJsonObject("signature").getString("statement"));
            }
            assertEquals(60, statements.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutRevokesTheToken() {
        String token = token("student2");
        assertEquals(200, api.get("api/v1/me", token).statusCode());
        assertEquals(204, api.delete("api/v1/auth/token", token).statusCode());
        assertProblem(api.get("api/v1/me", token), 401, "unauthorized");
    }

    @Test
    void aThrottledAccountAnUnknownUsernameAndAWrongPasswordGetTheSameAnswer() {
        assertProblem(api.postJson("api/v1/auth/token", null, "{not json"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/auth/token", null, "{}"), 400, "invalid-input");
        String before = token("backup1");
        HttpResponse<byte[]> wrong = login("auditor1", "not-the-password");
        HttpResponse<byte[]> unknown = login("nobody-here", "not-the-password");
        for (int i = 0; i < 5; i++) {
            assertSameAnswer(wrong, login("backup1", "wrong-" + i));
        }
        HttpResponse<byte[]> throttled = login("backup1", "demo-password");
        assertProblem(wrong, 401, "invalid-credentials");
        assertSameAnswer(wrong, unknown);
        assertSameAnswer(wrong, throttled);
        assertProblem(api.get("api/v1/me", before), 401, "unauthorized");

        LoopbackClient elsewhere = new LoopbackClient(ApiClient.loopback(base), "127.0.0.2");
        LoopbackClient.Answer owner = elsewhere.postJson("api/v1/auth/token",
                "{\"username\":\"backup1\",\"password\":\"demo-password\"}");
        assertEquals(200, owner.status(), "the owner at another address logs in while the guesser waits: " + owner);
        String fresh = owner.json().getString("access_token");
        assertEquals(200, api.get("api/v1/me", fresh).statusCode());
        assertSameAnswer(wrong, login("backup1", "demo-password"));
    }

    @Test
    void anAddressGuessingAcrossUsernamesGets429WithRetryAfterWhileOtherAddressesLogIn() {
        LoopbackClient guesser = new LoopbackClient(ApiClient.loopback(base), "127.0.0.3");
        for (int i = 0; i < 20; i++) {
            assertEquals(401, guesser.postJson("api/v1/auth/token",
                    "{\"username\":\"guess" + i + "\",\"password\":\"not-the-password\"}").status());
        }
        LoopbackClient.Answer refused = guesser.postJson("api/v1/auth/token",
                "{\"username\":\"student1\",\"password\":\"demo-password\"}");
        assertEquals(429, refused.status(), refused.toString());
        assertTrue(refused.headers().get("content-type").startsWith("application/problem+json"), refused.toString());
        assertTrue(refused.json().getString("type").endsWith("/too-many-login-attempts"));
        long retryAfter = Long.parseLong(refused.headers().get("retry-after"));
        assertTrue(retryAfter > 0 && retryAfter <= 30, refused.toString());
        assertEquals(200, api.get("api/v1/me", token("student1")).statusCode());
    }

    @Test
    void anAdministratorsResetAndDisableRevokeEveryTokenOfTheAccount() {
        String admin = token("admin1");
        String teacher = token("teacher2");
        HttpResponse<byte[]> reset = api.postJson("api/v1/accounts/teacher2/password-reset", admin, "");
        assertEquals(200, reset.statusCode(), ApiClient.text(reset));
        assertProblem(api.get("api/v1/me", teacher), 401, "unauthorized");
        String oneTime = api.token("teacher2", ApiClient.json(reset).getString("oneTimePassword"));
        assertTrue(ApiClient.json(api.get("api/v1/me", oneTime)).getBoolean("passwordChangeRequired"));
        assertProblem(api.postJson("api/v1/accounts/teacher2/password-reset", teacher, ""), 401, "unauthorized");
        assertProblem(api.postJson("api/v1/accounts/teacher2/password-reset", student1, ""), 403, "forbidden");
        assertProblem(api.postJson("api/v1/accounts/no-such-user/password-reset", admin, ""), 404, "not-found");

        String academic = token("academic1");
        assertProblem(api.putJson("api/v1/accounts/academic1/status", admin, "{}"), 400, "invalid-input");
        assertEquals("{\"enabled\":false}", ApiClient.text(
                api.putJson("api/v1/accounts/academic1/status", admin, "{\"enabled\":false}")));
        assertProblem(api.get("api/v1/me", academic), 401, "unauthorized");
        assertSameAnswer(login("auditor1", "not-the-password"), login("academic1", "demo-password"));
        assertEquals("{\"enabled\":true}", ApiClient.text(
                api.putJson("api/v1/accounts/academic1/status", admin, "{\"enabled\":true}")));
        assertProblem(api.get("api/v1/me", academic), 401, "unauthorized");
        assertEquals(200, api.get("api/v1/me", token("academic1")).statusCode());
    }

    @Test
    void guessingTheCurrentPasswordWithATokenIsThrottledAndRevokesTheToken() {
        String stolen = token("auditor1");
        LoopbackClient thief = new LoopbackClient(ApiClient.loopback(base), "127.0.0.4");
        for (int i = 0; i < 5; i++) {
            LoopbackClient.Answer a = thief.send("PUT", "api/v1/me/password", stolen,
                    "{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"a-long-new-password-42\"}");
            assertEquals(400, a.status(), a.toString());
            assertTrue(a.json().getString("type").endsWith("/invalid-input"), a.toString());
        }
        assertProblem(api.get("api/v1/me", stolen), 401, "unauthorized");
        assertEquals(200, api.get("api/v1/me", token("auditor1")).statusCode(),
                "the owner at another address logs in with the unchanged password");
    }

    private HttpResponse<byte[]> login(String username, String password) {
        return api.postJson("api/v1/auth/token", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static void assertSameAnswer(HttpResponse<byte[]> expected, HttpResponse<byte[]> actual) {
        assertEquals(expected.statusCode(), actual.statusCode());
        assertEquals(expected.headers().firstValue("Content-Type"), actual.headers().firstValue("Content-Type"));
        assertEquals(ApiClient.text(expected), ApiClient.text(actual));
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        assertEquals(200, api.get("health/ready", null).statusCode());
        assertEquals(200, api.get("health/live", null).statusCode());
        HttpResponse<byte[]> openapi = api.get("openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(ApiClient.text(openapi).contains("/api/v1/students/{studentId}/artifacts"));
        assertEquals(200, api.get("metrics", null).statusCode());
    }

    @Test
    void unknownPathsAndServerErrorsNeverShowAStackTrace() {
        HttpResponse<byte[]> r = api.get("api/v1/no-such-thing", student1);
        assertEquals(404, r.statusCode());
        assertFalse(ApiClient.text(r).contains("Exception"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aPageBeyondAnyListIsA400NamingPageOnEveryList() {
        String academic = token("academic1");
        String registrar = token("registrar1");
        for (String list : List.of("api/v1/students/" + sid1 + "/artifacts", "api/v1/students/" + sid1 + "/receipts",
                "api/v1/search?q=x", "api/v1/courses?academicYear=115&semester=1")) {
            String sep = list.contains("?") ? "&" : "?";
            String token = list.contains("courses") ? academic : list.contains("search") ? registrar : student1;
            for (String page : List.of("2147483647", "2147483648", "-1", "abc")) {
                HttpResponse<byte[]> r = api.get(list + sep + "page=" + page, token);
                assertProblem(r, 400, "invalid-input");
                assertEquals("page", ApiClient.json(r).getJsonArray("errors").getJsonObject(0).getString("field"),
                        list + " page=" + page);
            }
            assertProblem(api.get(list + sep + "size=0", token), 400, "invalid-input");
        }
    }

    @Test
    void requestsTheContainerWouldAnswerItselfAreProblemsUnderApi() {
        for (String target : List.of("/api/v1/artifacts/..%2F..%2Fetc%2Fpasswd", "/api/v1/search?q=" + "a".repeat(10_000),
                "/api/v1/students/" + sid1 + "/artifacts%2F..%2F..", "/api/no-such%2Fthing")) {
            RawHttp.Answer a = RawHttp.get(base, target, student1);
            String what = target.substring(0, Math.min(60, target.length())) + " -> " + a;
            assertTrue(a.status() >= 400 && a.status() < 500, what);
            assertTrue(a.contentType().startsWith("application/problem+json"), what);
            JsonObject p = a.json();
            assertEquals(a.status(), p.getInt("status"), what);
            assertTrue(p.getString("type").startsWith("https://"), what);
            assertFalse(p.getString("title").isBlank(), what);
            assertFalse(a.text().contains("Exception"), what);
        }
        RawHttp.Answer nul = RawHttp.get(base, "/api/v1/artifacts/a%00b", student1);
        assertEquals(400, nul.status(), "a NUL in a path is refused before any application: the documented limit");
        assertEquals(0, nul.body().length, nul.toString());
    }

    @Test
    void theDataDirectoryHoldsAValidOcflRoot() throws IOException {
        Path root = Path.of(System.getProperty("archive.test.dataDir"), "ocfl");
        assertTrue(Files.exists(root.resolve("0=ocfl_1.1")));
        try (Stream<Path> inventories = Files.walk(root).filter(p -> p.getFileName().toString().equals("inventory.json"))) {
            assertTrue(inventories.findAny().isPresent() || total() == 0);
        }
        assertFalse(Files.exists(Path.of("derby.log")), "Derby must not write into the working directory");
    }

    private long total() {
        return ApiClient.json(api.get("api/v1/students/" + sid1 + "/artifacts?size=1", student1)).getInt("total");
    }

    private HttpResponse<byte[]> upload(String token, String studentId, byte[] content, String filename,
            String contentType, String title) {
        return api.postMultipart("api/v1/students/" + studentId + "/artifacts", token,
                title == null ? ApiClient.parts("file", content) : ApiClient.parts("file", content, "title", title),
                filename, contentType);
    }

    static void assertProblem(HttpResponse<byte[]> r, int status, String slug) {
        assertEquals(status, r.statusCode(), ApiClient.text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().map().toString());
        JsonObject p = ApiClient.json(r);
        assertTrue(p.getString("type").endsWith("/" + slug), p.toString());
        assertEquals(status, p.getInt("status"));
        assertFalse(p.toString().contains("Exception"), p.toString());
    }

    static byte[] fixture(String name) {
        try (InputStream in = ArtifactSliceIT.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
