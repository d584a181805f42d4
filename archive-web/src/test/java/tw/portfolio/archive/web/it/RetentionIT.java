package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.portfolio.archive.web.it.ArtifactSliceIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (sealing, policies, forecast, holds) through the API on a real Payara Micro. The demo
 * alumnus graduated on 2019-07-31, so a sweep today seals them (seal date 2024-07-31); nothing is
 * sealed before a sweep runs.
 */
class RetentionIT extends DeployedArchive {

    private JsonObject retention(String studentId, String token) {
        HttpResponse<byte[]> r = api.get("api/v1/students/" + studentId + "/retention", token);
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r);
    }

    /** Starts a sweep and follows its Location until it has finished. */
    private JsonObject sweep(String token) {
        HttpResponse<byte[]> started = api.postJson("api/v1/retention/sweeps", token, "{}");
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/v1/retention/sweeps/"), location);
        String path = location.substring(location.indexOf("api/v1/"));
        for (int i = 0; i < 400; i++) {
            JsonObject s = ApiClient.json(api.get(path, token));
            if (!s.getString("state").equals("QUEUED") && !s.getString("state").equals("RUNNING")) {
                return s;
            }
            pause();
        }
        throw new AssertionError("the sweep did not finish: " + ApiClient.text(api.get(path, token)));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void section6_aSweepSealsTheDemoAlumnusFiveYearsAfterGraduation_once_andNoEnrolledStudent_aHoldNotStoppingIt() {
        String alumni = token("alumni1");
        String registrar = token("registrar1");
        String admin = token("admin1");
        String alumniId = studentIdOf(alumni);
        String studentId = studentIdOf(token("student1"));

        HttpResponse<byte[]> held = api.postJson("api/v1/legal-holds", registrar,
                "{\"studentId\":\"" + alumniId + "\",\"reason\":\"保全證據：申訴案審理中\"}");
        assertEquals(201, held.statusCode(), ApiClient.text(held));
        String holdId = ApiClient.json(held).getString("id");
        JsonObject forecast = ApiClient.json(api.get("api/v1/retention/forecast?days=30", admin));
        assertTrue(forecast.getJsonArray("sealing").toString().contains("\"2024-07-31\""), forecast.toString());

        JsonObject before = retention(alumniId, registrar);
        assertFalse(before.getBoolean("sealed"), before.toString());
        assertEquals("2019-07-31", before.getString("completedOn"));
        assertEquals("2024-07-31", before.getString("sealDate"));

        JsonObject first = sweep(admin);
        assertEquals("FINISHED", first.getString("state"), first.toString());
        assertTrue(first.getJsonNumber("sealed").longValue() >= 1, first.toString());
        assertTrue(first.getJsonNumber("examined").longValue() >= first.getJsonNumber("sealed").longValue(),
                first.toString());

        for (String token : new String[] {alumni, registrar}) {
            JsonObject after = retention(alumniId, token);
            assertTrue(after.getBoolean("sealed"), after.toString());
            assertEquals("2024-07-31", after.getString("sealDate"));
        }
        JsonObject sealedHeld = retention(alumniId, registrar);
        assertEquals(holdId, sealedHeld.getJsonArray("holds").getJsonObject(0).getString("id"), sealedHeld.toString());
        JsonObject after = ApiClient.json(api.get("api/v1/retention/forecast?days=30", admin));
        assertFalse(after.getJsonArray("sealing").toString().contains("\"2024-07-31\""), after.toString());
        JsonObject enrolled = retention(studentId, registrar);
        assertFalse(enrolled.getBoolean("sealed"), enrolled.toString());

        JsonObject second = sweep(admin);
        assertEquals("FINISHED", second.getString("state"));
        assertEquals(0, second.getJsonNumber("sealed").longValue(), second.toString());
        assertEquals(200, api.postJson("api/v1/legal-holds/" + holdId + "/release", registrar,
                "{\"reason\":\"申訴結案\"}").statusCode());
    }

    @Test
    void legalHolds_placedListedReleasedOnce_badBodies422_wrongRoles403_unknown404() {
        String registrar = token("registrar1");
        String admin = token("admin1");
        String student2 = studentIdOf(token("student2"));

        HttpResponse<byte[]> placed = api.postJson("api/v1/legal-holds", admin,
                "{\"studentId\":\"" + student2 + "\",\"reason\":\"調閱中\"}");
        assertEquals(201, placed.statusCode(), ApiClient.text(placed));
        JsonObject hold = ApiClient.json(placed);
        String id = hold.getString("id");
        assertTrue(hold.getBoolean("standing"));
        String location = placed.headers().firstValue("Location").orElseThrow();
        assertEquals(id, ApiClient.json(api.get(location.substring(location.indexOf("api/v1/")), token("auditor1")))
                .getString("id"));
        assertTrue(ApiClient.text(api.get("api/v1/legal-holds?studentId=" + student2, registrar)).contains(id));
        assertEquals(id, retention(student2, token("student2")).getJsonArray("holds").getJsonObject(0).getString("id"));

        JsonObject released = ApiClient.json(api.postJson("api/v1/legal-holds/" + id + "/release", registrar,
                "{\"reason\":\"調閱完畢\"}"));
        assertFalse(released.getBoolean("standing"));
        assertProblem(api.postJson("api/v1/legal-holds/" + id + "/release", registrar, "{\"reason\":\"again\"}"),
                409, "conflict");
        assertFalse(ApiClient.text(api.get("api/v1/legal-holds?studentId=" + student2, registrar)).contains(id));
        assertTrue(ApiClient.text(api.get("api/v1/legal-holds?all=true&studentId=" + student2, registrar)).contains(id));
        assertEquals(0, retention(student2, registrar).getJsonArray("holds").size());

        assertProblem(api.postJson("api/v1/legal-holds", registrar, "{\"reason\":\"r\"}"), 422, "legal-hold");
        assertProblem(api.postJson("api/v1/legal-holds", registrar, "{\"studentId\":\"" + student2 + "\"}"), 422,
                "legal-hold");
        assertProblem(api.postJson("api/v1/legal-holds", registrar, "{\"studentId\":\"" + student2
                + "\",\"reason\":\"" + "長".repeat(1001) + "\"}"), 422, "legal-hold");
        assertProblem(api.postJson("api/v1/legal-holds/" + id + "/release", registrar, "{}"), 422, "legal-hold");
        assertProblem(api.postJson("api/v1/legal-holds", registrar, "[]"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/legal-holds", registrar, "{\"studentId\":[1],\"reason\":\"r\"}"), 400,
                "invalid-input");
        assertProblem(api.postJson("api/v1/legal-holds", registrar, "{\"studentId\":\"no-such-student\",\"reason\":\"r\"}"),
                404, "not-found");
        assertProblem(api.postJson("api/v1/legal-holds/no-such-hold/release", registrar, "{\"reason\":\"r\"}"), 404,
                "not-found");
        assertProblem(api.get("api/v1/legal-holds/no-such-hold", registrar), 404, "not-found");
        for (String user : new String[] {"teacher1", "student2", "alumni1", "auditor1", "backup1"}) {
            assertProblem(api.postJson("api/v1/legal-holds", token(user), "{\"studentId\":\"" + student2
                    + "\",\"reason\":\"r\"}"), 403, "forbidden");
        }
        assertProblem(api.get("api/v1/legal-holds", token("teacher1")), 403, "forbidden");
        assertProblem(api.get("api/v1/legal-holds", token("student2")), 403, "forbidden");
    }

    @Test
    void section6_policiesForEveryCategory_andTheForecastRefusesBadDaysAndOtherRoles() {
        JsonObject p = ApiClient.json(api.get("api/v1/retention/policies", token("student1")));
        assertEquals(1, p.getInt("version"), p.toString());
        assertEquals(5, p.getJsonArray("policies").size());
        JsonObject artifacts = p.getJsonArray("policies").getJsonObject(0);
        assertEquals("PORTFOLIO_ARTIFACTS", artifacts.getString("category"));
        assertEquals("completedOn", artifacts.getString("trigger"));
        assertEquals("SEAL", artifacts.getJsonArray("actions").getJsonObject(0).getString("kind"));
        assertEquals("P5Y", artifacts.getJsonArray("actions").getJsonObject(0).getString("offset"));
        assertEquals("P5Y", artifacts.getJsonArray("actions").getJsonObject(2).getString("offset"));
        assertEquals(1, p.getJsonArray("versions").size());

        String admin = token("admin1");
        for (String bad : new String[] {"", "?days=0", "?days=3661", "?days=abc", "?days=1e3"}) {
            assertProblem(api.get("api/v1/retention/forecast" + bad, admin), 400, "invalid-input");
        }
        assertEquals(200, api.get("api/v1/retention/forecast?days=3660", token("registrar1")).statusCode());
        for (String user : new String[] {"teacher1", "student1", "alumni1", "auditor1"}) {
            assertProblem(api.get("api/v1/retention/forecast?days=30", token(user)), 403, "forbidden");
        }
    }

    @Test
    void section6_aCorrectedGraduationDateMovesTheSealDateOfAStudentNotYetSealed() {
        String registrar = token("registrar1");
        HttpResponse<byte[]> created = api.postJson("api/v1/students", registrar, StudentsIT.studentJson(
                StudentsIT.freshNationalId('2'), StudentsIT.freshNumber(), "301"));
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        String id = ApiClient.json(created).getString("id");
        HttpResponse<byte[]> graduated = api.postJson("api/v1/students/" + id + "/enrollment-changes", registrar,
                "{\"type\":\"GRADUATE\",\"effectiveDate\":\"2026-06-30\",\"reason\":\"畢業\"}");
        assertEquals(201, graduated.statusCode(), ApiClient.text(graduated));
        assertEquals("2031-06-30", retention(id, registrar).getString("sealDate"));

        HttpResponse<byte[]> corrected = api.postJson("api/v1/students/" + id + "/enrollment-changes/"
                + ApiClient.json(graduated).getString("id") + "/correction", registrar,
                "{\"effectiveDate\":\"2026-07-15\",\"reason\":\"日期誤植\"}");
        assertEquals(200, corrected.statusCode(), ApiClient.text(corrected));

        JsonObject r = retention(id, registrar);
        assertEquals("2026-07-15", r.getString("completedOn"));
        assertEquals("2031-07-15", r.getString("sealDate"));
        assertFalse(r.getBoolean("sealed"));
    }

    @Test
    void aStudentsRetentionIsTheirsAndStaffs_otherStudentsAre404_otherStaff403() {
        String student1 = studentIdOf(token("student1"));
        assertEquals(student1, retention(student1, token("student1")).getString("studentId"));
        assertProblem(api.get("api/v1/students/" + student1 + "/retention", token("student2")), 404, "not-found");
        assertProblem(api.get("api/v1/students/" + student1 + "/retention", token("alumni1")), 404, "not-found");
        assertProblem(api.get("api/v1/students/" + student1 + "/retention", token("teacher1")), 403, "forbidden");
        assertProblem(api.get("api/v1/students/no-such-student/retention", token("registrar1")), 404, "not-found");
    }

    @Test
    void onlyTheAcademicAffairsOfficeOrTheSystemAdministratorStartsASweep_andAnUnknownSweepIs404() {
        for (String user : new String[] {"registrar1", "teacher1", "student1", "alumni1", "auditor1"}) {
            assertProblem(api.postJson("api/v1/retention/sweeps", token(user), "{}"), 403, "forbidden");
        }
        assertProblem(api.get("api/v1/retention/sweeps/no-such-sweep", token("admin1")), 404, "not-found");
        assertProblem(api.get("api/v1/retention/sweeps/no-such-sweep", token("student1")), 403, "forbidden");
    }
}
