package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * The real records the authorization matrix calls every operation on, found through the API or made
 * for the purpose, so that no call of the matrix changes what another call depends on:
 * <ul>
 * <li>{@code receiptYear}: a fresh academic year in which student1 uploaded {@code artifact}, made it
 * the outcome {@code outcome} of {@code receiptCourse} (teacher1), had it certified, selected it, and
 * got and confirmed {@code receipt}; the outcome is CONFIRMED, a final state, so certifying,
 * re-uploading or correcting it is refused as a conflict after authorization;</li>
 * <li>{@code spareYear}: a fresh academic year with no windows but one diverse-upload window, and
 * {@code spareCourse} (teacher1, student1 enrolled): creating it again, enrolling student1 again or
 * importing it again changes nothing, an outcome for it is refused (no upload window), closing the
 * year's submission is refused (selection windows never set);</li>
 * <li>{@code diverse}: a diverse-performance item of student1 from the demo data (read, and a
 * correction refused because it is not disputed);</li>
 * <li>{@code audit}: a finished full fixity audit; {@code treeSize}: a size with a signed checkpoint.</li>
 * <li>{@code sweep}: a finished sealing sweep, run first so the demo alumnus is sealed for every call and
 * the matrix's own sweeps seal nothing; {@code legalHold}: a hold on student1, released already.</li>
 * </ul>
 */
record MatrixFixture(String studentId, int receiptYear, String receiptCourse, String artifact, String outcome,
        String receipt, int spareYear, String spareCourse, String spareCourseCode, String diverse, String audit,
        long treeSize, String sweep, String legalHold) {
    static final String STUDENT1_NATIONAL_ID = PortfolioSteps.STUDENT1_NATIONAL_ID;
    private static final Duration DEADLINE = Duration.ofSeconds(180);

    /** Makes and finds everything above; each step asserts its own answer. */
    static MatrixFixture build(ApiClient api) {
        String student1 = api.demoToken("student1");
        String admin = api.demoToken("admin1");
        String sweep = finishedSweep(api, admin);
        String teacher1 = api.demoToken("teacher1");
        String sid = ApiClient.json(api.get("api/v1/me", student1)).getString("studentId");
        PortfolioSteps steps = new PortfolioSteps(api, student1, sid, api.demoToken("academic1"), admin);

        int year = steps.freshYear();
        steps.openWindows(year);
        String course = steps.courseFor(year, "音樂", "teacher1");
        String artifact = steps.upload();
        HttpResponse<byte[]> created = steps.createOutcome(course, "合唱錄音說明", artifact);
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        String outcome = ApiClient.json(created).getString("id");
        assertOk(steps.certify(teacher1, outcome, "CERTIFIED", ""));
        assertOk(steps.select(year, List.of(outcome)));
        Instant now = Instant.now();
        steps.setWindow(year, 0, "OUTCOME_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        steps.setWindow(year, 0, "DIVERSE_SELECTION", now.minus(20, ChronoUnit.DAYS), now.minus(1, ChronoUnit.SECONDS));
        assertOk(api.postJson("api/v1/submissions/" + year, admin, ""));
        String receipt = steps.receiptOf(year).getString("id");
        assertOk(api.postJson("api/v1/receipts/" + receipt + "/confirmation", student1, "{\"decision\":\"CONFIRMED\"}"));

        int spareYear = steps.freshYear();
        HttpResponse<byte[]> spare = steps.createCourse(spareYear, 1, "國語文", 2, "teacher1");
        assertEquals(201, spare.statusCode(), ApiClient.text(spare));
        JsonObject spareCourse = ApiClient.json(spare);
        steps.enrol(spareCourse.getString("id"));

        JsonArray diverse = PortfolioSteps.items(api.get("api/v1/students/" + sid + "/diverse-performances", student1));
        if (diverse.isEmpty()) {
            throw new IllegalStateException("the demo data has no diverse-performance item of student1");
        }
        String checkpoint = awaitValue("a signed checkpoint", () -> {
            HttpResponse<byte[]> r = api.get("api/v1/log/checkpoint", null);
            return r.statusCode() == 200 ? ApiClient.text(r) : null;
        });
        return new MatrixFixture(sid, year, course, artifact, outcome, receipt, spareYear, spareCourse.getString("id"),
                spareCourse.getString("code"), diverse.getJsonObject(0).getString("id"), finishedAudit(api),
                Long.parseLong(checkpoint.split("\n")[1]), sweep, releasedHold(api, sid));
    }

    private static String finishedSweep(ApiClient api, String admin) {
        HttpResponse<byte[]> r = api.postJson("api/v1/retention/sweeps", admin, "");
        assertEquals(202, r.statusCode(), ApiClient.text(r));
        String id = ApiClient.json(r).getString("id");
        return awaitValue("sealing sweep " + id + " to finish", () -> ApiClient.json(
                api.get("api/v1/retention/sweeps/" + id, admin)).getString("state").equals("FINISHED") ? id : null);
    }

    private static String releasedHold(ApiClient api, String studentId) {
        String registrar = api.demoToken("registrar1");
        HttpResponse<byte[]> placed = api.postJson("api/v1/legal-holds", registrar,
                "{\"studentId\":\"" + studentId + "\",\"reason\":\"matrix\"}");
        assertEquals(201, placed.statusCode(), ApiClient.text(placed));
        String id = ApiClient.json(placed).getString("id");
        assertOk(api.postJson("api/v1/legal-holds/" + id + "/release", registrar, "{\"reason\":\"matrix\"}"));
        return id;
    }

    /** Waits until the index rebuild and the fixity audits the matrix may have started are over. */
    static void quiesce(ApiClient api) {
        String admin = api.demoToken("admin1");
        String auditor = api.demoToken("auditor1");
        awaitValue("the search index rebuild to finish", () -> ApiClient.json(api.get("api/v1/search/rebuilds/current",
                admin)).getString("state").equals("RUNNING") ? null : "done");
        awaitValue("every fixity audit to finish", () -> ApiClient.json(api.get("api/v1/audits/fixity?size=5", auditor))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.containsKey("finishedAt") && !r.isNull("finishedAt")) ? "done" : null);
    }

    private static String finishedAudit(ApiClient api) {
        String auditor = api.demoToken("auditor1");
        String id = awaitValue("a full fixity audit to start", () -> {
            HttpResponse<byte[]> r = api.postJson("api/v1/audits/fixity", auditor, "");
            return r.statusCode() == 202 ? ApiClient.json(r).getString("id") : null;
        });
        return awaitValue("fixity audit " + id + " to finish", () -> {
            JsonObject run = ApiClient.json(api.get("api/v1/audits/fixity/" + id, auditor));
            return run.containsKey("finishedAt") && !run.isNull("finishedAt") ? id : null;
        });
    }

    private static void assertOk(HttpResponse<byte[]> r) {
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    /** Polls a job's state until {@code value} gives non-null; asynchronous jobs have no other signal. */
    private static <T> T awaitValue(String what, Supplier<T> value) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("gave up waiting for " + what + " after " + DEADLINE.toSeconds() + " s");
    }
}
