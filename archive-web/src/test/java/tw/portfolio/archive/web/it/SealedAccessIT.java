package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.portfolio.archive.web.it.ArtifactSliceIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "sealed means sealed, everywhere", on a real Payara Micro with the real retention sweep:
 * the demo alumnus (graduated 2019-07-31, two archived files) is sealed by a sweep; then staff can
 * neither read, list nor find their files, the alumnus still lists them, and the auditor reads one
 * only with a stated reason, which the log holds as a SHA-256 and never as text. A content read of an
 * unsealed portfolio by anyone but its student is an ACCESS event.
 */
class SealedAccessIT extends DeployedArchive {
    private static final String REASON = "法院調閱命令 115 年度訴字第 17 號：核對 2019 年專題報告";

    @Test
    void section6_onceASweepSealsTheAlumnusStaffNoLongerSeeOrFindTheirFilesAndTheAuditorReadsThemOnlyWithAReason()
            throws Exception {
        String alumni = token("alumni1");
        String alumnusId = studentIdOf(alumni);
        String registrar = token("registrar1");
        String admin = token("admin1");
        String teacher = token("teacher1");
        String auditor = token("auditor1");
        JsonObject own = ApiClient.json(api.get("api/v1/students/" + alumnusId + "/artifacts", alumni));
        assertEquals(2, own.getInt("total"));
        String fileId = own.getJsonArray("items").getJsonObject(0).getString("id");
        byte[] bytes = api.get("api/v1/artifacts/" + fileId + "/content", alumni).body();
        awaitSearch(registrar, "英語簡報比賽", "", r -> r.getInt("total") > 0);

        sealBySweep(admin);

        // staff: direct reads 403 naming the seal date, lists leave the files out
        JsonObject retention = ApiClient.json(api.get("api/v1/students/" + alumnusId + "/retention", alumni));
        assertTrue(retention.getBoolean("sealed"), retention.toString());
        String named = "sealed on " + retention.getString("sealedOn") + " (seal date 2024-07-31)";
        for (String staff : List.of(registrar, admin)) {
            for (String path : List.of("api/v1/artifacts/" + fileId, "api/v1/artifacts/" + fileId + "/content",
                    "api/v1/students/" + alumnusId)) {
                HttpResponse<byte[]> r = api.get(path, staff);
                assertProblem(r, 403, "sealed-record");
                assertTrue(ApiClient.json(r).getString("detail").contains(named), ApiClient.text(r));
            }
            JsonObject list = ApiClient.json(api.get("api/v1/students/" + alumnusId + "/artifacts", staff));
            assertEquals(0, list.getInt("total"), list.toString());
            assertEquals(0, list.getJsonArray("items").size());
            assertEquals(0, ApiClient.json(api.get("api/v1/students/" + alumnusId + "/receipts", staff)).getInt("total"));
        }
        assertEquals(0, ApiClient.json(api.get("api/v1/students?q=105001", registrar)).getInt("total"),
                "the registrar's student list leaves the sealed alumnus out");
        // a teacher never read this portfolio: the same 404 as for a missing id, so probing teaches nothing
        assertProblem(api.get("api/v1/artifacts/" + fileId + "/content", teacher), 404, "not-found");

        // search: no hit, no facet count for staff
        JsonObject gone = awaitSearch(registrar, "英語簡報比賽", "", r -> r.getInt("total") == 0);
        assertFalse(gone.toString().contains(fileId), gone.toString());
        JsonObject all = ApiClient.json(api.get("api/v1/search?q=" + enc("demo file"), registrar));
        assertFalse(all.toString().contains(fileId), all.toString());
        JsonObject states = all.getJsonObject("facets").getJsonObject("state");
        assertFalse(states != null && states.containsKey("SEALED"), all.toString());
        assertEquals(0, ApiClient.json(api.get("api/v1/search?q=" + enc("英語簡報比賽"), admin)).getInt("total"));

        // writes are refused as read-only
        assertProblem(api.postJson("api/v1/students/" + alumnusId + "/diverse-performances", alumni,
                "{\"category\":\"COMPETITION\",\"name\":\"封存後\",\"content\":\"x\"}"), 409, "sealed-read-only");

        // the alumnus still lists them: title, date, digest, size; and reads their own bytes
        JsonObject still = ApiClient.json(api.get("api/v1/students/" + alumnusId + "/artifacts", alumni));
        assertEquals(2, still.getInt("total"));
        for (JsonValue v : still.getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            for (String field : List.of("title", "createdAt", "sha256", "size")) {
                assertTrue(item.containsKey(field) && item.get(field) != JsonValue.NULL, field + " in " + item);
            }
        }
        assertArrayEquals(bytes, api.get("api/v1/artifacts/" + fileId + "/content", alumni).body());

        // the auditor: no reason, a short one, then a good one
        assertProblem(api.get("api/v1/artifacts/" + fileId + "/content", auditor), 403, "access-reason-required");
        assertTrue(ApiClient.json(api.get("api/v1/artifacts/" + fileId + "/content", auditor)).getString("detail")
                .contains("reason is needed"));
        assertProblem(api.get("api/v1/artifacts/" + fileId + "/content?reason=" + enc("  too short  "), auditor), 403,
                "access-reason-required");
        HttpResponse<byte[]> read = api.get("api/v1/artifacts/" + fileId + "/content?reason=" + enc(REASON), auditor);
        assertEquals(200, read.statusCode(), ApiClient.text(read));
        assertArrayEquals(bytes, read.body());

        // an auditor with the reason also finds the sealed file (each sealed hit is an event too)
        assertProblem(api.get("api/v1/search?q=" + enc("英語簡報比賽") + "&includeSealed=true", auditor), 403,
                "access-reason-required");
        JsonObject found = awaitSearch(auditor, "英語簡報比賽", "&includeSealed=true&reason=" + enc(REASON),
                r -> r.toString().contains(fileId));
        assertTrue(found.toString().contains("\"SEALED\""), found.toString());

        // the log: SEALED_DATA_ACCESS with the reason's SHA-256, never its text
        String reasonSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(REASON.getBytes(StandardCharsets.UTF_8)));
        JsonObject entry = lastEntry(auditor, e -> e.getString("type").equals("SEALED_DATA_ACCESS")
                && e.getString("objectId", "").equals(fileId));
        assertTrue(entry.getString("detail").contains(reasonSha256), entry.toString());
        assertTrue(entry.getString("detail").contains("SEARCH"), "the search's event is the newest: " + entry);
        assertEquals("AUDITOR", entry.getString("actorRole"));
        String tail = tail(auditor, 200);
        assertFalse(tail.contains("法院調閱命令") || tail.contains("核對"), "reason text in the log: " + tail);
        assertFalse(tail.contains("黃雅婷") || tail.contains("B220140616"), "personal data in the log");
    }

    @Test
    void issue15_aContentReadOfAnUnsealedPortfolioByAnyoneButItsStudentIsAnAccessEvent() {
        String student = token("student1");
        String studentId = studentIdOf(student);
        String auditor = token("auditor1");
        JsonObject files = ApiClient.json(api.get("api/v1/students/" + studentId + "/artifacts", auditor));
        String fileId = files.getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(200, api.get("api/v1/artifacts/" + fileId + "/content", student).statusCode());
        assertEquals(200, api.get("api/v1/artifacts/" + fileId + "/content", auditor).statusCode());
        JsonObject entry = lastEntry(auditor, e -> e.getString("type").equals("ACCESS")
                && e.getString("objectId", "").equals(fileId));
        assertEquals("AUDITOR", entry.getString("actorRole"));
        assertTrue(entry.toString().contains("student:" + studentId), entry.toString());
        assertFalse(entry.toString().contains("陳怡君"), entry.toString());
        // unknown ids stay 404 problems, with or without a reason
        assertProblem(api.get("api/v1/artifacts/00000000-0000-0000-0000-000000000000/content?reason=" + enc(REASON),
                auditor), 404, "not-found");
    }

    /** Seals whoever is due (the demo alumnus) through the retention sweep API, as the academic affairs office. */
    private void sealBySweep(String admin) throws InterruptedException {
        HttpResponse<byte[]> started = api.postJson("api/v1/retention/sweeps", admin, "{}");
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("api/v1/"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject job = ApiClient.json(api.get(path, admin));
            if ("FINISHED".equals(job.getString("state"))) {
                return;
            }
            assertFalse("FAILED".equals(job.getString("state")), job.toString());
            Thread.sleep(200);
        }
        throw new AssertionError("the sweep did not finish within 120 s");
    }

    private JsonObject awaitSearch(String token, String q, String more, Predicate<JsonObject> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonObject r = null;
        while (System.nanoTime() < deadline) {
            r = ApiClient.json(api.get("api/v1/search?q=" + enc(q) + more, token));
            if (done.test(r)) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("search for " + q + " never reached the expected answer: " + r);
    }

    /** The newest log entry that matches, among the last 200. */
    private JsonObject lastEntry(String auditor, Predicate<JsonObject> match) {
        long size = treeSize(auditor);
        JsonObject entries = ApiClient.json(api.get("api/v1/log/entries?start=" + Math.max(0, size - 200) + "&end="
                + size, auditor));
        List<JsonObject> found = entries.getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(match).toList();
        assertFalse(found.isEmpty(), entries.toString());
        return found.get(found.size() - 1);
    }

    private String tail(String auditor, int n) {
        long size = treeSize(auditor);
        return ApiClient.text(api.get("api/v1/log/entries?start=" + Math.max(0, size - n) + "&end=" + size, auditor));
    }

    /** The log's tree size, as the entries endpoint states it when asked past the end. */
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
