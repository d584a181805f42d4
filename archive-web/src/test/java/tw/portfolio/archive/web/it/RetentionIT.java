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
    void section6_aSweepSealsTheDemoAlumnusFiveYearsAfterGraduation_once_andNoEnrolledStudent() {
        String alumni = token("alumni1");
        String registrar = token("registrar1");
        String admin = token("admin1");
        String alumniId = studentIdOf(alumni);
        String studentId = studentIdOf(token("student1"));

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
        JsonObject enrolled = retention(studentId, registrar);
        assertFalse(enrolled.getBoolean("sealed"), enrolled.toString());

        JsonObject second = sweep(admin);
        assertEquals("FINISHED", second.getString("state"));
        assertEquals(0, second.getJsonNumber("sealed").longValue(), second.toString());
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
