package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tw.portfolio.archive.web.it.ArtifactSliceIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.integrity.crypto.Ed25519PublicKey;
import tw.portfolio.archive.integrity.crypto.NamedCheck;
import tw.portfolio.archive.integrity.destruction.DestructionCertificate;
import tw.portfolio.archive.integrity.destruction.DestructionCertificateVerifier;
import tw.portfolio.archive.retention.erasure.TraceScan;

/**
 * Issue 15's deletion on request, end to end on a real Payara Micro with the real sweep and erasure
 * engine: the demo alumnus (graduated 2019-07-31) is sealed by a sweep, files a request, the registrar
 * and the academic affairs office approve, the files are erased, and the signed destruction
 * certificate verifies with stock OpenSSL and {@code archive-cli verify certificate}; the log only grew
 * (consistency proof) and {@code archive-cli verify store} passes. One test, in order, because each
 * step needs the one before; bad inputs are asked along the way.
 */
class DeletionIT extends DeployedArchive {
    @TempDir
    Path tmp;

    @Test
    void section6_theAlumnusRequestsDeletionTwoStaffApproveTheFilesGoAndTheCertificateVerifies() throws Exception {
        String alumni = token("alumni1");
        String student = token("student1");
        String registrar = token("registrar1");
        String admin = token("admin1");
        String auditor = token("auditor1");
        String alumniId = studentIdOf(alumni);
        String studentId = studentIdOf(student);

        HttpResponse<byte[]> early = api.postJson("api/v1/students/" + alumniId + "/deletion-requests", alumni, "{}");
        assertProblem(early, 409, "not-sealed");
        assertEquals("2024-07-31", ApiClient.json(early).getString("sealDate"));
        HttpResponse<byte[]> enrolled = api.postJson("api/v1/students/" + studentId + "/deletion-requests", student, "");
        assertProblem(enrolled, 409, "not-sealed");
        assertTrue(ApiClient.json(enrolled).isNull("sealDate"), ApiClient.text(enrolled));

        sweep(admin);
        // Sealed: staff lists leave the alumnus' files out (SealedAccessIT); the alumnus still lists and reads them.
        assertTrue(artifactIds(alumniId, registrar).isEmpty(), "a sealed student's files are out of staff lists");
        List<String> files = artifactIds(alumniId, alumni);
        assertFalse(files.isEmpty(), "the demo alumnus has files");
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String artifact : files) {
            HttpResponse<byte[]> content = api.get("api/v1/artifacts/" + artifact + "/content", alumni);
            assertEquals(200, content.statusCode(), ApiClient.text(content));
            contents.put(artifact, content.body());
        }
        Path dataDir = Path.of(System.getProperty("archive.test.dataDir"));
        // The demo PDFs share their first ~97 bytes (the generator's boilerplate): runs already in another
        // student's file before the erasure are that boilerplate, not a trace of the alumnus.
        Set<TraceScan.Trace> shared = TraceScan.of(List.of(), contents).scan(dataDir).stream()
                .filter(t -> files.stream().noneMatch(a -> t.file().toString().contains("artifact-" + a)))
                .collect(Collectors.toSet());
        String before = ApiClient.text(api.get("api/v1/log/checkpoint", null));

        refusalsBeforeFiling(alumni, student, registrar, alumniId, studentId);
        HttpResponse<byte[]> filed = api.postJson("api/v1/students/" + alumniId + "/deletion-requests", alumni, "{}");
        assertEquals(201, filed.statusCode(), ApiClient.text(filed));
        JsonObject request = ApiClient.json(filed);
        String id = request.getString("id");
        assertEquals("PENDING_APPROVAL", request.getString("state"));
        assertEquals(files.size(), request.getJsonObject("preview").getInt("artifacts"), request.toString());
        assertTrue(request.getJsonObject("preview").getJsonNumber("bytes").longValue() > 0, request.toString());
        assertTrue(filed.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/deletion-requests/" + id));
        JsonObject standing = ApiClient.json(api.get("api/v1/students/" + alumniId + "/retention", alumni));
        assertEquals(id, standing.getJsonArray("deletionRequests").getJsonObject(0).getString("id"), standing.toString());
        assertEquals("PENDING_APPROVAL", standing.getJsonArray("deletionRequests").getJsonObject(0).getString("state"));
        assertEquals(id, ApiClient.json(api.get("api/v1/students/" + alumniId + "/retention", registrar))
                .getJsonArray("deletionRequests").getJsonObject(0).getString("id"));
        String claimCode = request.getString("claimCode");
        assertTrue(claimCode.matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}"), claimCode);
        assertFalse(ApiClient.json(api.get("api/v1/deletion-requests/" + id, alumni)).containsKey("claimCode"),
                "the claim code is shown once, when the request is filed");
        HttpResponse<byte[]> second = api.postJson("api/v1/students/" + alumniId + "/deletion-requests", alumni, "{}");
        assertProblem(second, 409, "open-request");
        assertEquals(id, ApiClient.json(second).getString("requestId"));

        assertEquals(200, api.get("api/v1/deletion-requests/" + id, alumni).statusCode());
        assertProblem(api.get("api/v1/deletion-requests/" + id, student), 404, "not-found");
        assertProblem(api.get("api/v1/deletion-requests?state=SOON", registrar), 400, "invalid-input");
        assertProblem(api.get("api/v1/deletion-requests", alumni), 403, "forbidden");
        assertTrue(ApiClient.text(api.get("api/v1/deletion-requests?state=PENDING_APPROVAL", registrar)).contains(id));

        String approvals = "api/v1/deletion-requests/" + id + "/approvals";
        assertProblem(api.postJson(approvals, registrar, "{\"decision\":\"MAYBE\"}"), 400, "invalid-input");
        assertProblem(api.postJson(approvals, registrar, "[1]"), 400, "invalid-input");
        assertProblem(api.postJson(approvals, registrar, "{\"decision\":\"REJECT\"}"), 400, "invalid-input");
        assertProblem(api.postJson(approvals, alumni, "{\"decision\":\"APPROVE\"}"), 403, "forbidden");
        assertProblem(api.postJson(approvals, auditor, "{\"decision\":\"APPROVE\"}"), 403, "forbidden");
        assertProblem(api.postJson("api/v1/deletion-requests/no-such-request/approvals", registrar,
                "{\"decision\":\"APPROVE\"}"), 404, "not-found");
        HttpResponse<byte[]> first = api.postJson(approvals, registrar, "{\"decision\":\"APPROVE\",\"reason\":\"身分已核對\"}");
        assertEquals(201, first.statusCode(), ApiClient.text(first));
        assertEquals("PENDING_APPROVAL", ApiClient.json(first).getString("state"));
        assertProblem(api.postJson(approvals, registrar, "{\"decision\":\"APPROVE\"}"), 409, "already-decided");
        HttpResponse<byte[]> both = api.postJson(approvals, admin, "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}");
        assertEquals(201, both.statusCode(), ApiClient.text(both));
        assertTrue(List.of("EXECUTING", "COMPLETED").contains(ApiClient.json(both).getString("state")));

        JsonObject done = awaitFinished(id, registrar);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        String certificateId = done.getString("certificateId");
        java.time.Instant approved = done.getJsonArray("approvals").stream().map(JsonValue::asJsonObject)
                .map(a -> java.time.Instant.parse(a.getString("decidedAt"))).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        System.out.println("DeletionIT: " + files.size() + " files erased and certificate issued "
                + java.time.Duration.between(approved, java.time.Instant.parse(done.getString("updatedAt"))).toMillis()
                + " ms after the second approval");
        assertProblem(api.postJson(approvals, admin, "{\"decision\":\"REJECT\",\"reason\":\"late\"}"), 409,
                "request-decided");
        assertProblem(api.postJson("api/v1/deletion-requests/" + id + "/execution", admin, ""), 409,
                "request-not-failed");

        for (String artifact : files) {
            assertEquals(404, api.get("api/v1/artifacts/" + artifact, registrar).statusCode(), artifact);
        }

        JsonObject certificate = certificate(certificateId, auditor);
        assertEquals(id, certificate.getString("requestId"));
        assertEquals(alumniId, certificate.getString("subject"));
        assertEquals(files.size(), certificate.getJsonArray("items").size());
        assertEquals(2, certificate.getJsonArray("approvals").size());
        assertFalse(certificate.toString().contains("黃雅婷") || certificate.toString().contains("B220140616")
                || certificate.toString().contains("身分已核對"), "no name, national ID or reason in the certificate");
        Path pem = Files.writeString(tmp.resolve("school.pem"), activeKeyPem(), StandardCharsets.US_ASCII);
        Path json = Files.write(tmp.resolve("certificate.json"),
                api.get("api/v1/destruction-certificates/" + certificateId, registrar).body());
        opensslVerifies(certificate, pem);
        List<NamedCheck> checks = DestructionCertificateVerifier.verify(DestructionCertificate.parse(Files.readAllBytes(json)),
                List.of(Ed25519PublicKey.ofPem(Files.readString(pem))));
        assertTrue(NamedCheck.allValid(checks), checks.toString());
        Result cli = cli("verify", "certificate", json.toString(), "--key", pem.toString());
        assertEquals(0, cli.exit, cli.output);
        String tamperedJson = Files.readString(json).replaceFirst("\"size\" : (\\d)", "\"size\" : 9$1");
        Result tampered = cli("verify", "certificate", Files.writeString(tmp.resolve("tampered.json"), tamperedJson)
                .toString(), "--key", pem.toString());
        assertEquals(1, tampered.exit, tampered.output);

        HttpResponse<byte[]> pdf = api.get("api/v1/destruction-certificates/" + certificateId + "/pdf", registrar);
        assertEquals(200, pdf.statusCode(), ApiClient.text(pdf));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertProblem(api.get("api/v1/destruction-certificates/no-such-certificate", registrar), 404, "not-found");
        assertProblem(api.get("api/v1/destruction-certificates/" + certificateId, student), 404, "not-found");
        formerStudentClaimsTheCertificateWithoutALogin(id, claimCode, certificate);

        String after = awaitNewerCheckpoint(before);
        long from = Long.parseLong(before.split("\n")[1]);
        long to = Long.parseLong(after.split("\n")[1]);
        HttpResponse<byte[]> proof = api.get("api/v1/log/proofs/consistency?from=" + from + "&to=" + to, null);
        assertEquals(200, proof.statusCode(), ApiClient.text(proof));
        Result log = cli("verify", "log", "--old", Files.writeString(tmp.resolve("old.txt"), before).toString(), "--new",
                Files.writeString(tmp.resolve("new.txt"), after).toString(), "--proof",
                Files.write(tmp.resolve("proof.json"), proof.body()).toString(), "--key", pem.toString());
        assertEquals(0, log.exit, log.output);
        Result store = cli("verify", "store", ocflRoot().toString());
        assertEquals(0, store.exit, store.output);
        List<TraceScan.Trace> traces = TraceScan.of(List.of("黃雅婷", "B220140616", "105001", "alumni1@demo.invalid"),
                contents).scan(dataDir).stream().filter(t -> !shared.contains(t)).toList();
        assertEquals(List.of(), traces, "nothing of the alumnus is left in the data directory; the erasure confirmed "
                + certificate.getJsonArray("confirmations"));

        dispositions(admin, registrar, studentId);
    }

    private void refusalsBeforeFiling(String alumni, String student, String registrar, String alumniId,
            String studentId) {
        assertProblem(api.postJson("api/v1/students/" + studentId + "/deletion-requests", alumni, "{}"), 403, "forbidden");
        assertProblem(api.postJson("api/v1/students/" + alumniId + "/deletion-requests", registrar, "{}"), 403,
                "forbidden");
        assertProblem(api.postJson("api/v1/students/" + alumniId + "/deletion-requests", alumni,
                "{\"basis\":\"EVERYTHING\"}"), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/students/" + alumniId + "/deletion-requests", alumni, "[]"), 400,
                "invalid-input");
        assertProblem(api.postJson("api/v1/students/no-such-student/deletion-requests", registrar,
                "{\"basis\":\"DISPOSITION\"}"), 404, "not-found");
        assertProblem(api.get("api/v1/deletion-requests/no-such-request", registrar), 404, "not-found");
    }

    private void dispositions(String admin, String registrar, String studentId) {
        HttpResponse<byte[]> due = api.get("api/v1/dispositions/due", admin);
        assertEquals(200, due.statusCode(), ApiClient.text(due));
        assertEquals(0, ApiClient.json(due).getInt("total"), "nothing sealed in the demo school is five years past its seal");
        assertProblem(api.get("api/v1/dispositions/due", registrar), 403, "forbidden");
        assertProblem(api.get("api/v1/dispositions/due?size=1000", admin), 400, "invalid-input");
        assertProblem(api.postJson("api/v1/deletion-requests", admin, "{\"basis\":\"DISPOSITION\",\"studentIds\":[\""
                + studentId + "\"]}"), 409, "not-sealed");
        assertProblem(api.postJson("api/v1/deletion-requests", admin, "{\"basis\":\"DISPOSITION\",\"studentIds\":[]}"),
                400, "invalid-input");
        assertProblem(api.postJson("api/v1/deletion-requests", admin, "{\"basis\":\"REQUEST\",\"studentIds\":[\"x\"]}"),
                400, "invalid-input");
    }

    private JsonObject certificate(String certificateId, String token) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            HttpResponse<byte[]> r = api.get("api/v1/destruction-certificates/" + certificateId, token);
            if (r.statusCode() == 200) {
                return ApiClient.json(r);
            }
            assertEquals(503, r.statusCode(), ApiClient.text(r));
            Thread.sleep(200);
        }
        throw new AssertionError("the certificate was not anchored in the log");
    }

    private void opensslVerifies(JsonObject certificate, Path pem) throws Exception {
        Path statement = Files.write(tmp.resolve("statement.bin"),
                Base64.getDecoder().decode(certificate.getString("statement")));
        Path sig = Files.write(tmp.resolve("sig.bin"),
                Base64.getDecoder().decode(certificate.getJsonObject("signature").getString("value")));
        Result ok = run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem.toString(), "-rawin", "-in",
                statement.toString(), "-sigfile", sig.toString());
        assertEquals(0, ok.exit, ok.output);
        assertTrue(ok.output.contains("Signature Verified Successfully"), ok.output);
        byte[] bytes = Files.readAllBytes(statement);
        bytes[bytes.length / 2] ^= 1;
        Files.write(statement, bytes);
        Result bad = run("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", pem.toString(), "-rawin", "-in",
                statement.toString(), "-sigfile", sig.toString());
        assertNotEquals(0, bad.exit, bad.output);
    }

    private List<String> artifactIds(String studentId, String token) {
        HttpResponse<byte[]> r = api.get("api/v1/students/" + studentId + "/artifacts?size=100", token);
        assertEquals(200, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(a -> a.getString("id")).toList();
    }

    private JsonObject awaitFinished(String id, String token) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonObject r = ApiClient.json(api.get("api/v1/deletion-requests/" + id, token));
            if (!r.getString("state").equals("EXECUTING")) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the deletion did not finish: " + ApiClient.text(api.get("api/v1/deletion-requests/"
                + id, token)));
    }

    private JsonObject sweep(String token) throws InterruptedException {
        HttpResponse<byte[]> started = api.postJson("api/v1/retention/sweeps", token, "{}");
        assertEquals(202, started.statusCode(), ApiClient.text(started));
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("api/v1/"));
        for (int i = 0; i < 400; i++) {
            JsonObject s = ApiClient.json(api.get(path, token));
            if (!s.getString("state").equals("QUEUED") && !s.getString("state").equals("RUNNING")) {
                assertEquals("FINISHED", s.getString("state"), s.toString());
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the sweep did not finish");
    }

    private String activeKeyPem() {
        return ApiClient.jsonArray(api.get("api/v1/keys", null)).stream().map(JsonValue::asJsonObject)
                .filter(k -> k.getString("status").equals("ACTIVE")).findFirst().orElseThrow().getString("publicKeyPem");
    }

    private String awaitNewerCheckpoint(String older) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            String now = ApiClient.text(api.get("api/v1/log/checkpoint", null));
            if (!now.equals(older)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no newer checkpoint");
    }

    /** The OCFL storage root in the server's data directory (the folder holding the 0=ocfl_1.1 marker). */
    private static Path ocflRoot() throws IOException {
        try (Stream<Path> all = Files.walk(Path.of(System.getProperty("archive.test.dataDir")), 3)) {
            return all.filter(p -> p.getFileName().toString().startsWith("0=ocfl_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no OCFL storage root in the data directory")).getParent();
        }
    }

    private Result cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-jar", System.getProperty("archive.test.cli")));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    private static Result run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    private record Result(int exit, String output) {
    }

    /**
     * The erasure removed the alumnus' account; the claim code they were shown when filing fetches the
     * certificate (JSON and PDF) without a login. A wrong code, no code, or another request's id is the
     * same 404.
     */
    private void formerStudentClaimsTheCertificateWithoutALogin(String requestId, String claimCode,
            JsonObject certificate) {
        String path = "api/v1/deletion-requests/" + requestId + "/certificate";
        HttpResponse<byte[]> claimed = api.send(java.net.http.HttpRequest.newBuilder(api.uri(path))
                .header("Claim-Code", claimCode.toUpperCase(java.util.Locale.ROOT).replace("-", " ")).GET());
        assertEquals(200, claimed.statusCode(), ApiClient.text(claimed));
        assertEquals(certificate.getString("statement"), ApiClient.json(claimed).getString("statement"));
        HttpResponse<byte[]> pdf = api.send(java.net.http.HttpRequest.newBuilder(api.uri(path + "/pdf"))
                .header("Claim-Code", claimCode).GET());
        assertEquals(200, pdf.statusCode(), ApiClient.text(pdf));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        char last = claimCode.charAt(claimCode.length() - 1);
        String wrong = claimCode.substring(0, claimCode.length() - 1) + (last == '0' ? '1' : '0');
        for (String code : new String[] {wrong, "", "not a code"}) {
            assertProblem(api.send(java.net.http.HttpRequest.newBuilder(api.uri(path)).header("Claim-Code", code.isEmpty()
                    ? " " : code).GET()), 404, "not-found");
        }
        assertProblem(api.get(path, null), 404, "not-found");
        assertProblem(api.send(java.net.http.HttpRequest.newBuilder(api.uri("api/v1/deletion-requests/"
                + java.util.UUID.randomUUID() + "/certificate")).header("Claim-Code", claimCode).GET()), 404, "not-found");
    }
}
