package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search on the deployed archive: an upload becomes searchable through the durable outbox within
 * seconds; who sees what follows the caller's role; bad queries get a 400 saying what to fix.
 */
class SearchIT extends DeployedArchive {
    private String student1;
    private String student2;
    private String registrar;
    private String sid1;

    @BeforeEach
    void logIn() {
        student1 = token("student1");
        student2 = token("student2");
        registrar = token("registrar1");
        sid1 = studentIdOf(student1);
    }

    @Test
    void anUploadIsFoundByItsTitleWithinSecondsByTheRegistrarAndItsOwnerButNotByAnotherStudent() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String title = "志工服務 " + word;
        HttpResponse<byte[]> up = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf"), "title", title), "service.pdf",
                "application/pdf");
        assertEquals(201, up.statusCode(), ApiClient.text(up));
        String id = ApiClient.json(up).getString("id");

        JsonObject found = awaitHit(registrar, word, id);
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertEquals(sid1, hit.getString("studentId"));
        assertEquals("ARTIFACT", hit.getString("type"));

        assertEquals(id, awaitHit(student1, word, id).getJsonArray("hits").getJsonObject(0).getString("id"));

        JsonObject other = ApiClient.json(api.get("api/v1/search?q=" + word, student2));
        assertEquals(0, other.getInt("total"));
        assertFalse(other.toString().contains(id));
        assertTrue(other.getJsonObject("facets").values().stream()
                .allMatch(f -> f.asJsonObject().values().stream().allMatch(c -> c.toString().equals("0"))));
    }

    @Test
    void theRegistrarFindsAStudentByNameAndByNationalIdAndSeesNameClassAndNumberOnTheHit() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<byte[]> up = api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf"), "title", word), "n.pdf",
                "application/pdf");
        String id = ApiClient.json(up).getString("id");
        JsonObject hit = awaitHit(registrar, word, id).getJsonArray("hits").getJsonObject(0);
        assertEquals("陳怡君", hit.getString("studentName"), "a clerk sees who the student is, not only an id");
        assertEquals("301", hit.getString("className"));
        assertEquals("111001", hit.getString("studentNumber"));
        assertFalse(awaitHit(student1, word, id).getJsonArray("hits").getJsonObject(0).containsKey("studentName"),
                "a student is not told their own name beside their own hits");
        assertTrue(ApiClient.text(api.get("api/v1/search?size=100&q=" + enc("陳怡君 " + word), registrar)).contains(id));
        assertTrue(ApiClient.text(api.get("api/v1/search?size=100&q=" + enc("A223456781 " + word), registrar))
                .contains(id));
    }

    @Test
    void badQueriesAreRefusedWithAMessageSayingWhatToFix() {
        for (String q : new String[] {"\"unbalanced", "AND", "*", "*leading"}) {
            HttpResponse<byte[]> r = api.get("api/v1/search?q=" + enc(q), registrar);
            ArtifactSliceIT.assertProblem(r, 400, "invalid-input");
        }
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x&size=1000", registrar), 400, "invalid-input");
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x&academicYear=abc", registrar), 400, "invalid-input");
    }

    @Test
    void sealedSearchNeedsAnAuditorAndAReason() {
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x&includeSealed=true&reason=check", registrar), 403,
                "forbidden");
        String auditor = token("auditor1");
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x&includeSealed=true", auditor), 403,
                "access-reason-required");
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x&includeSealed=true&reason=" + enc("年度稽核"), auditor),
                403, "access-reason-required");
        assertEquals(200, api.get("api/v1/search?q=x&includeSealed=true&reason=" + enc("年度稽核：抽查封存資料一份"),
                auditor).statusCode());
        ArtifactSliceIT.assertProblem(api.get("api/v1/search?q=x", null), 401, "unauthorized");
    }

    @Test
    void portfolioRecordsAreSearchableAndEachRoleSeesOnlyItsOwn() throws Exception {
        JsonObject forRegistrar = awaitType(registrar, "赤壁賦", "COURSE_OUTCOME");
        String outcomeId = forRegistrar.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("type").equals("COURSE_OUTCOME")).findFirst().orElseThrow().getString("id");
        String teacher1 = token("teacher1");
        assertTrue(ApiClient.text(api.get("api/v1/search?q=" + enc("赤壁賦"), teacher1)).contains(outcomeId),
                "the course's teacher finds its outcomes");
        String teacher2 = token("teacher2");
        assertFalse(ApiClient.text(api.get("api/v1/search?q=" + enc("赤壁賦"), teacher2)).contains(outcomeId),
                "a teacher of another course does not");
        assertTrue(ApiClient.text(api.get("api/v1/search?q=" + enc("赤壁賦"), student1)).contains(outcomeId));
        assertFalse(ApiClient.text(api.get("api/v1/search?q=" + enc("赤壁賦"), student2)).contains(outcomeId));
        JsonObject byType = ApiClient.json(api.get("api/v1/search?q=" + enc("赤壁賦") + "&type=COURSE_OUTCOME",
                registrar));
        assertTrue(byType.getJsonObject("facets").getJsonObject("type").containsKey("COURSE_OUTCOME"),
                byType.toString());
    }

    private JsonObject awaitType(String token, String q, String type) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject r = ApiClient.json(api.get("api/v1/search?q=" + enc(q), token));
            if (r.toString().contains("\"" + type + "\"")) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + type + " hit for " + q);
    }

    @Test
    void theIndexRebuildsFromTheArchiveWhileSearchKeepsAnswering() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String id = ApiClient.json(api.postMultipart("api/v1/students/" + sid1 + "/artifacts", student1,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf"), "title", word), "r.pdf",
                "application/pdf")).getString("id");
        awaitHit(registrar, word, id);
        assertEquals(403, api.postJson("api/v1/search/rebuilds", student1, "{}").statusCode());
        String admin = token("admin1");
        HttpResponse<byte[]> started = api.postJson("api/v1/search/rebuilds", admin, "{}");
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/search/rebuilds/current"));
        String state = "";
        for (int i = 0; i < 300 && !state.equals("DONE"); i++) {
            assertTrue(ApiClient.text(api.get("api/v1/search?q=" + word, registrar)).contains(id),
                    "search must keep answering during a rebuild");
            JsonObject p = ApiClient.json(api.get("api/v1/search/rebuilds/current", admin));
            state = p.getString("state");
            assertFalse(state.equals("FAILED"), p.toString());
            Thread.sleep(100);
        }
        assertEquals("DONE", state);
        assertTrue(ApiClient.text(api.get("api/v1/search?q=" + word, registrar)).contains(id));
    }

    private JsonObject awaitHit(String token, String word, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject r = ApiClient.json(api.get("api/v1/search?q=" + word, token));
            if (r.getInt("total") > 0 && r.toString().contains(id)) {
                return r;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not searchable within 10 s: " + word);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
