package tw.portfolio.archive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a school starts it: the only socket it listens on is the configured HTTP
 * address and port (issue 12 §2: Payara's data grid used to listen on {@code *:6900} despite
 * {@code --nohazelcast}), and the archive does its work without the data grid.
 */
class ListeningSocketsIT {
    @TempDir
    static Path data;
    static RunningArchive archive;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        archive = RunningArchive.start(data, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void theServerListensOnTheConfiguredLoopbackPortAndNothingElse() throws Exception {
        List<ListeningSockets.Socket> sockets = ListeningSockets.of(archive.process.pid());
        assertEquals(List.of("tcp 127.0.0.1:" + archive.port), sockets.stream().map(Object::toString).toList(),
                "listening sockets of the archive's process");
    }

    @Test
    void anUploadIsStoredDownloadedAndLoggedWithoutTheDataGrid() throws Exception {
        String token = field(send(HttpRequest.newBuilder(archive.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"student1\",\"password\":\"demo-password\"}"))),
                "access_token");
        String student = field(send(authorized(archive.uri("/api/v1/me"), token)), "studentId");
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String boundary = "b" + UUID.randomUUID();
        byte[] body = multipart(boundary, pdf);
        HttpResponse<String> created = http.send(authorized(archive.uri("/api/v1/students/" + student + "/artifacts"), token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> back = http.send(authorized(URI.create(location + "/content"), token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, back.statusCode());
        assertEquals(sha256(pdf), sha256(back.body()));
        assertEquals(200, http.send(HttpRequest.newBuilder(archive.uri("/api/v1/log/checkpoint")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(archive.uri("/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() < 300, r.statusCode() + " " + r.body());
        return r.body();
    }

    private static HttpRequest.Builder authorized(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static byte[] multipart(String boundary, byte[] pdf) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n期末報告\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + pdf.length + t.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(pdf, 0, out, h.length, pdf.length);
        System.arraycopy(t, 0, out, h.length + pdf.length, t.length);
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
