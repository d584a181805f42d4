package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fixity audits on a real server: an audit passes; a stored file altered and another removed on
 * disk are each named exactly (artifact, path, expected, actual), turn {@code /health/ready} to
 * 503 with the check {@code fixity}, are FIXITY_CHECK failures in the log, and appear in the signed
 * PDF report; bad input to every endpoint gets a 4xx.
 *
 * <p>The server shares its data directory and database with the other integration tests, so this
 * test tampers only with files it uploaded itself, keeps their original bytes, and in any case
 * restores them and runs a passing audit at the end, leaving {@code /health/ready} up. Tampering
 * with the database and the log's tables is covered by {@code RecordAndLogChecksTest} against a
 * real Derby: the running server holds its embedded database locked.
 */
class FixityIT extends DeployedArchive {
    private static final long DEADLINE_SECONDS = 180;

    private String student;
    private String auditor;
    private String sid;

    @BeforeEach
    void logIn() {
        student = token("student1");
        auditor = token("auditor1");
        sid = studentIdOf(student);
    }

    @Test
    void anAlteredAndARemovedFileAreNamedExactlyAndClearedByALaterPassingAudit() throws Exception {
        List<String> ids = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] pdf = uniquePdf(i);
            JsonObject a = ApiClient.json(api.postMultipart("api/v1/students/" + sid + "/artifacts", student,
                    ApiClient.parts("file", pdf), "fixity-" + i + ".pdf", "application/pdf"));
            ids.add(a.getString("id"));
            contents.put(a.getString("id"), pdf);
        }
        JsonObject clean = runAudit();
        assertEquals("DONE", clean.getString("state"));
        assertEquals(0, clean.getInt("failureCount"), clean.toString());
        assertEquals(1.0, clean.getJsonNumber("progress").doubleValue());
        assertTrue(clean.getJsonNumber("checked").longValue() >= 3, clean.toString());
        assertEquals(200, api.get("health/ready", null).statusCode());

        Path altered = contentFile(ids.get(0));
        Path removed = contentFile(ids.get(1));
        try {
            byte[] flipped = contents.get(ids.get(0)).clone();
            flipped[flipped.length / 2] ^= 0x01;
            Files.write(altered, flipped);
            Files.delete(removed);

            JsonObject failing = runAudit();
            assertEquals("DONE", failing.getString("state"));
            JsonArray failures = failing.getJsonArray("failures");
            assertEquals(2, failures.size(), failing.toString());
            JsonObject first = byArtifact(failures, ids.get(0));
            assertEquals("artifact-" + ids.get(0), first.getString("objectId"));
            assertEquals(objectRelative(altered), first.getString("path"));
            assertEquals(ArtifactSliceIT.sha256(contents.get(ids.get(0))), first.getString("expected"));
            assertEquals(ArtifactSliceIT.sha256(flipped), first.getString("actual"));
            assertEquals("CONTENT_MISMATCH", first.getString("kind"));
            assertTrue(!Instant.parse(first.getString("lastGoodAt")).isBefore(Instant.parse(clean.getString("startedAt"))),
                    first.toString());
            JsonObject second = byArtifact(failures, ids.get(1));
            assertEquals(objectRelative(removed), second.getString("path"));
            assertEquals(ArtifactSliceIT.sha256(contents.get(ids.get(1))), second.getString("expected"));
            assertEquals("missing", second.getString("actual"));
            assertEquals("CONTENT_MISSING", second.getString("kind"));

            HttpResponse<byte[]> ready = api.get("health/ready", null);
            assertEquals(503, ready.statusCode());
            JsonObject fixity = check(ApiClient.json(ready), "fixity");
            assertEquals("DOWN", fixity.getString("status"));
            assertTrue(fixity.getJsonObject("data").getString("reason").startsWith("2 fixity failure(s) stand"),
                    fixity.toString());
            assertTrue(ApiClient.text(api.get("metrics", null)).contains("archive_fixity_failures"));

            assertFailureEventsLogged(ids.get(0), ids.get(1));
            assertReportSigned(failing.getString("id"));
        } finally {
            Files.write(altered, contents.get(ids.get(0)));
            Files.write(removed, contents.get(ids.get(1)));
        }
        JsonObject repaired = runAudit();
        assertEquals(0, repaired.getInt("failureCount"), repaired.toString());
        HttpResponse<byte[]> ready = api.get("health/ready", null);
        assertEquals(200, ready.statusCode(), ApiClient.text(ready));
        assertEquals("UP", check(ApiClient.json(ready), "fixity").getString("status"));
    }

    @Test
    void badInputToEveryAuditEndpointGetsA4xx() {
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity/not-an-id", auditor), 404, "not-found");
        String unknown = "api/v1/audits/fixity/00000000-0000-0000-0000-000000000000";
        ArtifactSliceIT.assertProblem(api.get(unknown, auditor), 404, "not-found");
        ArtifactSliceIT.assertProblem(api.get(unknown + "/report.pdf", auditor), 404, "not-found");
        ArtifactSliceIT.assertProblem(api.get(unknown + "/report.pdf.sig", auditor), 404, "not-found");
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity?page=-1", auditor), 400, "invalid-input");
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity?size=1000", auditor), 400, "invalid-input");
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity?page=abc", auditor), 400, "invalid-input");
        ArtifactSliceIT.assertProblem(api.postJson("api/v1/audits/fixity", student, ""), 403, "forbidden");
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity", student), 403, "forbidden");
        ArtifactSliceIT.assertProblem(api.get(unknown, student), 403, "forbidden");
        ArtifactSliceIT.assertProblem(api.get("api/v1/audits/fixity", null), 401, "unauthorized");
    }

    @Test
    void twoFullAuditsNeverRunAtOnceAndRunsAreListedNewestFirst() {
        HttpResponse<byte[]> one = api.postJson("api/v1/audits/fixity", auditor, "");
        HttpResponse<byte[]> two = api.postJson("api/v1/audits/fixity", auditor, "");
        assertEquals(202, one.statusCode(), ApiClient.text(one));
        JsonObject first = await(ApiClient.json(one).getString("id"));
        if (two.statusCode() == 202) {
            JsonObject second = await(ApiClient.json(two).getString("id"));
            assertTrue(Instant.parse(first.getString("finishedAt"))
                    .isBefore(Instant.parse(second.getString("createdAt")).plusSeconds(1)),
                    "the second full audit was accepted while the first ran: " + first + " " + second);
        } else {
            ArtifactSliceIT.assertProblem(two, 409, "conflict");
        }
        JsonObject page = ApiClient.json(api.get("api/v1/audits/fixity?page=0&size=5", auditor));
        JsonArray items = page.getJsonArray("items");
        assertTrue(page.getInt("total") >= 1);
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.getJsonObject(i - 1).getString("createdAt")
                    .compareTo(items.getJsonObject(i).getString("createdAt")) >= 0, items.toString());
        }
    }

    private JsonObject runAudit() {
        HttpResponse<byte[]> started = api.postJson("api/v1/audits/fixity", auditor, "");
        for (int i = 0; started.statusCode() == 409 && i < DEADLINE_SECONDS; i++) {
            sleep();
            started = api.postJson("api/v1/audits/fixity", auditor, "");
        }
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = ApiClient.json(started).getString("id");
        assertTrue(location.endsWith("/api/v1/audits/fixity/" + id), location);
        return await(id);
    }

    private JsonObject await(String id) {
        for (int i = 0; i < DEADLINE_SECONDS * 4; i++) {
            HttpResponse<byte[]> r = api.get("api/v1/audits/fixity/" + id, auditor);
            assertEquals(200, r.statusCode(), ApiClient.text(r));
            JsonObject run = ApiClient.json(r);
            if (run.containsKey("finishedAt") && !run.isNull("finishedAt")) {
                return run;
            }
            sleep();
        }
        throw new AssertionError("audit " + id + " did not finish");
    }

    private void assertFailureEventsLogged(String alteredId, String removedId) {
        String checkpoint = ApiClient.text(api.get("api/v1/log/checkpoint", null));
        long size = Long.parseLong(checkpoint.split("\n")[1]);
        long start = Math.max(0, size - 200);
        JsonArray entries = ApiClient.json(api.get("api/v1/log/entries?start=" + start + "&end=" + size, auditor))
                .getJsonArray("items");
        List<String> failed = new ArrayList<>();
        for (JsonObject e : entries.getValuesAs(JsonObject.class)) {
            if ("FIXITY_CHECK".equals(e.getString("type")) && "FAILURE".equals(e.getString("outcome"))) {
                failed.add(e.getString("objectId"));
            }
        }
        assertTrue(failed.contains(alteredId) && failed.contains(removedId), failed.toString());
    }

    private void assertReportSigned(String auditId) throws Exception {
        HttpResponse<byte[]> pdf = api.get("api/v1/audits/fixity/" + auditId + "/report.pdf", auditor);
        assertEquals(200, pdf.statusCode(), ApiClient.text(pdf));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        String header = pdf.headers().firstValue("Signature").orElseThrow();
        JsonObject sig = ApiClient.json(api.get("api/v1/audits/fixity/" + auditId + "/report.pdf.sig", auditor));
        assertEquals("keyId=" + sig.getString("keyId") + ";alg=Ed25519;value=" + sig.getString("value"), header);
        String pem = null;
        JsonArray keys;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(
                ApiClient.text(api.get("api/v1/keys", null))))) {
            keys = reader.readArray();
        }
        for (JsonObject k : keys.getValuesAs(JsonObject.class)) {
            if (k.getString("keyId").equals(sig.getString("keyId"))) {
                pem = k.getString("publicKeyPem");
            }
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(pdf.body());
        assertTrue(verifier.verify(Base64.getDecoder().decode(sig.getString("value"))));
    }

    private static JsonObject byArtifact(JsonArray failures, String artifactId) {
        return failures.getValuesAs(JsonObject.class).stream().filter(f -> artifactId.equals(f.getString("artifactId")))
                .findFirst().orElseThrow(() -> new AssertionError("no failure for " + artifactId + " in " + failures));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    /** The stored content file of an artifact: {@code <object root>/v1/content/<the one file>}. */
    private static Path contentFile(String artifactId) throws IOException {
        Path root = Path.of(System.getProperty("archive.test.dataDir"), "ocfl");
        try (Stream<Path> dirs = Files.walk(root)) {
            Path object = dirs.filter(p -> p.getFileName().toString().equals("artifact-" + artifactId)).findFirst()
                    .orElseThrow(() -> new AssertionError("no object directory for " + artifactId));
            try (Stream<Path> files = Files.list(object.resolve("v1/content"))) {
                return files.filter(f -> !f.getFileName().toString().equals("artifact.json")).findFirst().orElseThrow();
            }
        }
    }

    private static String objectRelative(Path contentFile) {
        Path object = contentFile.getParent().getParent().getParent();
        return object.relativize(contentFile).toString().replace('\\', '/');
    }

    private static byte[] uniquePdf(int i) {
        byte[] hello = ArtifactSliceIT.fixture("hello.pdf");
        byte[] tail = ("\n% fixity " + i + " " + new Random().nextLong() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[hello.length + tail.length];
        System.arraycopy(hello, 0, out, 0, hello.length);
        System.arraycopy(tail, 0, out, hello.length, tail.length);
        return out;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
